package io.parley.shared.adapter.redis;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.parley.shared.Admission;
import io.parley.shared.RateLimit;
import io.parley.shared.port.RateLimiter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * Buckets in this process's memory. A bucket that has refilled completely holds nothing worth keeping, so every so
 * many new buckets the full ones are dropped: memory follows the callers active within a period, not all callers ever.
 */
@SecondaryAdapter
final class LocalRateLimiter implements RateLimiter {

    private static final int SWEEP_EVERY = 4096;

    private record Entry(Bucket bucket, long capacity) {}

    private final Map<String, Entry> buckets = new ConcurrentHashMap<>();
    private final AtomicInteger created = new AtomicInteger();

    @Override
    public Admission tryTake(String key, RateLimit limit) {
        ConsumptionProbe probe = bucket(key, limit).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Admission.GRANTED
                : Admission.refused(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    @Override
    public Admission probe(String key, RateLimit limit) {
        Entry entry = buckets.get(Buckets.name(key, limit));
        if (entry == null) {
            return Admission.GRANTED;
        }
        EstimationProbe probe = entry.bucket().estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Admission.GRANTED
                : Admission.refused(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    @Override
    public void forget(String key, RateLimit limit) {
        buckets.remove(Buckets.name(key, limit));
    }

    int size() {
        return buckets.size();
    }

    private Bucket bucket(String key, RateLimit limit) {
        String name = Buckets.name(key, limit);
        Entry entry = buckets.get(name);
        if (entry == null) {
            if (created.incrementAndGet() % SWEEP_EVERY == 0) {
                sweep();
            }
            entry = buckets.computeIfAbsent(name, absent ->
                    new Entry(Bucket.builder().addLimit(Buckets.bandwidth(limit)).build(), limit.capacity()));
        }
        return entry.bucket();
    }

    /** Drops the buckets that are full again. */
    void sweep() {
        buckets.values().removeIf(entry -> entry.bucket().getAvailableTokens() >= entry.capacity());
    }
}
