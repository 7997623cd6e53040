package io.parley.shared;

import java.time.Duration;
import org.jmolecules.ddd.types.ValueObject;

/**
 * At most {@code capacity} actions at once, the allowance refilling evenly over {@code period}: with 10 per minute a
 * caller may do 10 at once, then one every 6 seconds.
 */
public record RateLimit(long capacity, Duration period) implements ValueObject {

    public RateLimit {
        if (capacity < 1) {
            throw new IllegalArgumentException("a rate limit allows at least 1, was " + capacity);
        }
        if (period == null || period.toMillis() < 1) {
            throw new IllegalArgumentException("a rate limit's period must be at least 1ms, was " + period);
        }
    }

    public static RateLimit of(long capacity, Duration period) {
        return new RateLimit(capacity, period);
    }

    /** A stable name of this limit, part of its buckets' keys: changing a limit starts its buckets afresh. */
    public String spec() {
        return capacity + "/" + period.toMillis() + "ms";
    }

    @Override
    public String toString() {
        return capacity + " per " + period;
    }
}
