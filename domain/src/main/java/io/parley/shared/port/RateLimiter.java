package io.parley.shared.port;

import io.parley.shared.RateLimit;
import java.time.Duration;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Token buckets, one per key and limit: on one node in its own memory, in a cluster shared by every node. Keys name
 * what is counted and for whom ({@code sign-in.failures:<account>:<address>}); the same key with another limit is
 * another bucket. A bucket nobody used for a whole period is full again and may be forgotten.
 */
@SecondaryPort
public interface RateLimiter {

    /** Takes one action's allowance from the bucket if it has one. */
    Admission tryTake(String key, RateLimit limit);

    /** Whether the bucket has an allowance now, taking nothing. */
    Admission probe(String key, RateLimit limit);

    /** Refills the bucket at once, as if it had never been used. */
    void forget(String key, RateLimit limit);

    /** {@code retryAfter}: when refused, how long until the bucket holds an allowance again; zero when granted. */
    record Admission(boolean granted, Duration retryAfter) {

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
}
