package io.parley.shared.adapter.redis;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.parley.shared.RateLimit;

/** How a {@link RateLimit} reads in Bucket4j: its capacity at once, refilled greedily over its period. */
final class Buckets {

    private Buckets() {}

    static Bandwidth bandwidth(RateLimit limit) {
        return Bandwidth.builder().capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()).build();
    }

    static BucketConfiguration configuration(RateLimit limit) {
        return BucketConfiguration.builder().addLimit(bandwidth(limit)).build();
    }

    /** The bucket's name: the key and the limit, so that a changed limit starts with a fresh bucket. */
    static String name(String key, RateLimit limit) {
        return key + "@" + limit.spec();
    }
}
