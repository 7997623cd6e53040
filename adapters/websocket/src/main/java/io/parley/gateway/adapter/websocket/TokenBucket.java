package io.parley.gateway.adapter.websocket;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Client frames per connection: {@code burst} at once, refilled at {@code perSecond}.
 * <p>
 * Frames are taken when the server reads them, which is not when they arrived if the server did not read the
 * connection for a while (it waited for room for a frame in flight, or for anything else): a client that kept to the
 * rate would then be refused for the backlog it built meanwhile. {@link #notReadFor} lets the refill of that time
 * go beyond the burst, for as long as the backlog takes to read.
 */
final class TokenBucket {

    private static final double NANOS_PER_SECOND = TimeUnit.SECONDS.toNanos(1);
    /** How long a credit beyond the burst stays: time enough to read what queued up while the server did not read. */
    static final long CREDIT_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final double perNano;
    private final double capacity;
    private final LongSupplier nanoTime;
    private double tokens;
    private long refilledAt;
    private boolean credited;
    private long creditedAt;

    TokenBucket(int perSecond, int burst, LongSupplier nanoTime) {
        this.perNano = perSecond / NANOS_PER_SECOND;
        this.capacity = burst;
        this.nanoTime = nanoTime;
        this.tokens = burst;
        this.refilledAt = nanoTime.getAsLong();
    }

    synchronized boolean tryTake() {
        refill(nanoTime.getAsLong());
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }

    /**
     * The server did not read the connection for the last {@code nanos}: the refill of that time is not held to the
     * burst, so that what the client sent meanwhile at the rate passes when it is read at once.
     */
    synchronized void notReadFor(long nanos) {
        long now = nanoTime.getAsLong();
        expire(now);
        double ceiling = (credited ? Math.max(capacity, tokens) : capacity) + nanos * perNano;
        tokens = Math.min(ceiling, tokens + (now - refilledAt) * perNano);
        refilledAt = now;
        credited = true;
        creditedAt = now;
    }

    /** Refilling never adds beyond the burst, nor takes away a credit that holds more. */
    private void refill(long now) {
        expire(now);
        double refilled = Math.min(capacity, tokens + (now - refilledAt) * perNano);
        tokens = credited ? Math.max(tokens, refilled) : refilled;
        refilledAt = now;
    }

    private void expire(long now) {
        if (credited && now - creditedAt > CREDIT_NANOS) {
            credited = false;
        }
    }
}
