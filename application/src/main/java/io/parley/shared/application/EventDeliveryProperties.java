package io.parley.shared.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code parley.events}: how the events one context publishes for another (its {@code @ApplicationModuleListener}s:
 * the bot, the bot-first gate, the knowledge indexers) are delivered.
 *
 * @param listenerConcurrency how many listeners run at once on a node; the others wait their turn. Unset: half the
 *                            database pool ({@code parley.database.pool-size}), at least 1, so that a burst of events
 *                            cannot take every connection from the requests
 * @param retryInterval how often each node looks for deliveries to try again
 * @param retryAfter how long after a failed attempt a delivery is tried again; it doubles with every further attempt,
 *                   up to 32 times this
 * @param staleAfter how long a delivery may stay started (or waiting for a free listener) before it is taken for lost
 *                   (its node stopped, or its failure could not be recorded) and tried again; longer than the longest
 *                   listener run (embedding a long document, an answer written by a language model)
 */
@Validated
@ConfigurationProperties("parley.events")
public record EventDeliveryProperties(@Nullable @Min(1) @Max(1000) Integer listenerConcurrency,
                                      @DefaultValue("30s") Duration retryInterval,
                                      @DefaultValue("30s") Duration retryAfter,
                                      @DefaultValue("5m") Duration staleAfter) {

    public EventDeliveryProperties {
        atLeast("retry-interval", retryInterval, Duration.ofMillis(100));
        atLeast("retry-after", retryAfter, Duration.ofMillis(100));
        atLeast("stale-after", staleAfter, Duration.ofSeconds(1));
        if (staleAfter.compareTo(retryAfter) < 0) {
            throw new IllegalArgumentException("parley.events.stale-after must be at least parley.events.retry-after ("
                    + retryAfter + "), was " + staleAfter);
        }
    }

    /** The listeners that may run at once with a pool of this many connections. */
    int listenerConcurrency(int poolSize) {
        return listenerConcurrency != null ? listenerConcurrency : Math.max(1, poolSize / 2);
    }

    private static void atLeast(String name, Duration value, Duration least) {
        if (value.compareTo(least) < 0) {
            throw new IllegalArgumentException("parley.events." + name + " must be at least " + least + ", was "
                    + value);
        }
    }
}
