package io.parley.conversation.application;

import io.parley.shared.RetrySchedule;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code parley.channels.delivery}: sending agents' and the bot's replies out through their conversations' channels.
 *
 * @param retrySchedule the wait before each attempt: the first (normally 0), then after each failure; when not set
 *                      0, 5 s, 30 s, 2 min, 10 min, 30 min, 1 h and 2 h
 * @param pollInterval  how often each node looks for due deliveries (a new reply wakes it at once)
 * @param batchSize     deliveries one node claims and sends at once
 * @param lease         how long a claimed delivery stays one node's (longer than a channel's call can take); after a
 *                      crash another node sends it once this has passed
 * @param deliver       whether this node sends; replies are recorded either way, and the nodes that deliver send them
 */
@ConfigurationProperties("parley.channels.delivery")
public record ChannelDeliveryProperties(@Nullable List<Duration> retrySchedule,
                                        @DefaultValue("1s") Duration pollInterval,
                                        @DefaultValue("20") int batchSize,
                                        @DefaultValue("60s") Duration lease,
                                        @DefaultValue("true") boolean deliver) {

    static final RetrySchedule DEFAULT_SCHEDULE = new RetrySchedule(List.of(Duration.ZERO, Duration.ofSeconds(5),
            Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofMinutes(30),
            Duration.ofHours(1), Duration.ofHours(2)));

    public ChannelDeliveryProperties {
        if (retrySchedule != null && (retrySchedule.isEmpty() || retrySchedule.stream().anyMatch(Duration::isNegative))) {
            throw new IllegalArgumentException(
                    "parley.channels.delivery.retry-schedule needs at least one delay, none negative");
        }
        if (pollInterval.isNegative() || pollInterval.isZero() || lease.isNegative() || lease.isZero()
                || batchSize < 1) {
            throw new IllegalArgumentException("parley.channels.delivery: poll-interval and lease must be positive, "
                    + "batch-size at least 1");
        }
    }

    public RetrySchedule schedule() {
        return retrySchedule == null ? DEFAULT_SCHEDULE : new RetrySchedule(retrySchedule);
    }
}
