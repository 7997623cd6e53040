package io.parley.shared.adapter.redis;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.redisson.Bucket4jRedisson;
import io.parley.shared.Admission;
import io.parley.shared.RateLimit;
import io.parley.shared.port.RateLimiter;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buckets in Redis, shared by every node of the cluster (Bucket4j's compare-and-swap over Redisson). A bucket's key
 * expires once the bucket would be full again. While Redis fails, this node counts in its own memory instead: limits
 * then hold per node rather than cluster-wide, and requests never wait for a Redis that is down.
 */
@SecondaryAdapter
final class RedisRateLimiter implements RateLimiter {

    private static final Logger log = LoggerFactory.getLogger(RedisRateLimiter.class);
    private static final Duration WARN_EVERY = Duration.ofSeconds(30);
    /** After a failure Redis is left alone this long, so that requests do not each wait for its timeout. */
    private static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(5);

    private final ProxyManager<String> buckets;
    private final LocalRateLimiter fallback;
    private final String prefix;
    private final AtomicLong failures = new AtomicLong();
    private final AtomicReference<Instant> lastWarning = new AtomicReference<>(Instant.EPOCH);
    private volatile long pausedUntilNanos = System.nanoTime();

    RedisRateLimiter(RedissonClient redis, String prefix, LocalRateLimiter fallback) {
        this.buckets = Bucket4jRedisson.casBasedBuilder(((Redisson) redis).getCommandExecutor())
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofSeconds(10)))
                .build();
        this.prefix = prefix;
        this.fallback = fallback;
    }

    @Override
    public Admission tryTake(String key, RateLimit limit) {
        if (paused()) {
            return fallback.tryTake(key, limit);
        }
        try {
            ConsumptionProbe probe = buckets.getProxy(name(key, limit), () -> Buckets.configuration(limit))
                    .tryConsumeAndReturnRemaining(1);
            return probe.isConsumed() ? Admission.GRANTED
                    : Admission.refused(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        } catch (RuntimeException e) {
            failed(e);
            return fallback.tryTake(key, limit);
        }
    }

    @Override
    public Admission probe(String key, RateLimit limit) {
        if (paused()) {
            return fallback.probe(key, limit);
        }
        try {
            if (buckets.getProxyConfiguration(name(key, limit)).isEmpty()) {
                return Admission.GRANTED;
            }
            EstimationProbe probe = buckets.getProxy(name(key, limit), () -> Buckets.configuration(limit))
                    .estimateAbilityToConsume(1);
            return probe.canBeConsumed() ? Admission.GRANTED
                    : Admission.refused(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        } catch (RuntimeException e) {
            failed(e);
            return fallback.probe(key, limit);
        }
    }

    @Override
    public void forget(String key, RateLimit limit) {
        fallback.forget(key, limit);
        if (paused()) {
            return;
        }
        try {
            buckets.removeProxy(name(key, limit));
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    private String name(String key, RateLimit limit) {
        return prefix + Buckets.name(key, limit);
    }

    private boolean paused() {
        return System.nanoTime() - pausedUntilNanos < 0;
    }

    private void failed(RuntimeException e) {
        pausedUntilNanos = System.nanoTime() + PAUSE_AFTER_FAILURE.toNanos();
        long count = failures.incrementAndGet();
        Instant now = Instant.now();
        Instant last = lastWarning.get();
        if (now.isAfter(last.plus(WARN_EVERY)) && lastWarning.compareAndSet(last, now)) {
            log.warn("Rate limits fall back to this node's own counts: Redis failed ({} times so far): {}", count,
                    e.toString());
        }
    }
}
