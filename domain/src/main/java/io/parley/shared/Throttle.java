package io.parley.shared;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Rate limits for the edges (the REST API counts its requests with it): one allowance taken from the bucket of a key
 * and limit, or looked at. Buckets are shared by the whole cluster when the node is part of one.
 */
@PrimaryPort
public interface Throttle {

    /** Takes one request's allowance if the bucket has one. */
    Admission take(String key, RateLimit limit);

    /** Whether the bucket has an allowance now, taking nothing. */
    Admission probe(String key, RateLimit limit);
}
