package io.parley.gateway.adapter.websocket;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/** Client frames per connection: {@code burst} at once, refilled at {@code perSecond}. */
final class TokenBucket {

    private static final double NANOS_PER_SECOND = TimeUnit.SECONDS.toNanos(1);

    private final double perNano;
    private final double capacity;
    private final LongSupplier nanoTime;
    private double tokens;
    private long refilledAt;

    TokenBucket(int perSecond, int burst, LongSupplier nanoTime) {
        this.perNano = perSecond / NANOS_PER_SECOND;
        this.capacity = burst;
        this.nanoTime = nanoTime;
        this.tokens = burst;
        this.refilledAt = nanoTime.getAsLong();
    }

    synchronized boolean tryTake() {
        long now = nanoTime.getAsLong();
        tokens = Math.min(capacity, tokens + (now - refilledAt) * perNano);
        refilledAt = now;
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }
}
