package io.parley.webhook.application;

import io.parley.shared.RetrySchedule;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code parley.webhooks}: delivery of outbound webhooks.
 *
 * @param retrySchedule       the wait before each attempt of a delivery: the first (normally 0), then after each
 *                            failure; Standard Webhooks' schedule when not set
 * @param timeout             how long one attempt waits for the whole answer
 * @param pollInterval        how often each node looks for due deliveries (new events wake it at once)
 * @param batchSize           deliveries one node claims and sends at once
 * @param secretOverlap       how long the previous secret keeps signing after a rotation
 * @param maxEndpoints        endpoints per workspace
 * @param logRetention        how long finished deliveries stay in the log
 * @param deliver             whether this node sends deliveries; events are recorded in the outbox either way, and
 *                            the nodes that deliver send them
 */
@ConfigurationProperties("parley.webhooks")
public record WebhookProperties(@Nullable List<Duration> retrySchedule,
                                @DefaultValue("15s") Duration timeout,
                                @DefaultValue("1s") Duration pollInterval,
                                @DefaultValue("20") int batchSize,
                                @DefaultValue("24h") Duration secretOverlap,
                                @DefaultValue("20") int maxEndpoints,
                                @DefaultValue("30d") Duration logRetention,
                                @DefaultValue("true") boolean deliver) {

    public WebhookProperties {
        if (retrySchedule != null && (retrySchedule.isEmpty() || retrySchedule.stream().anyMatch(Duration::isNegative))) {
            throw new IllegalArgumentException("parley.webhooks.retry-schedule needs at least one delay, none negative");
        }
        if (timeout.isNegative() || timeout.isZero() || pollInterval.isNegative() || pollInterval.isZero()
                || batchSize < 1 || maxEndpoints < 1) {
            throw new IllegalArgumentException("parley.webhooks: timeout and poll-interval must be positive, "
                    + "batch-size and max-endpoints at least 1");
        }
    }

    public RetrySchedule schedule() {
        return retrySchedule == null ? RetrySchedule.STANDARD : new RetrySchedule(retrySchedule);
    }
}
