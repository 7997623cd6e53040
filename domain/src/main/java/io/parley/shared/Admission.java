package io.parley.shared;

import java.time.Duration;

/**
 * Whether a rate limit lets one more action through. {@code retryAfter}: when refused, how long until it would;
 * zero when granted.
 */
public record Admission(boolean granted, Duration retryAfter) {

    public static final Admission GRANTED = new Admission(true, Duration.ZERO);

    public static Admission refused(Duration retryAfter) {
        return new Admission(false, retryAfter.isNegative() ? Duration.ZERO : retryAfter);
    }

    /** Whole seconds to wait, rounded up, at least 1 when refused: the value of an HTTP Retry-After. */
    public long retryAfterSeconds() {
        if (granted) {
            return 0;
        }
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
