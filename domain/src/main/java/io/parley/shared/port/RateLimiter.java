package io.parley.shared.port;

import io.parley.shared.Admission;
import io.parley.shared.RateLimit;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Token buckets, one per key and limit: on one node in its own memory, in a cluster shared by every node. Keys name
 * what is counted and for whom ({@code sign-in.account:<account>:<address>}); the same key with another limit is
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
}
