package io.parley.conversation.adapter.redis;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.parley.conversation.ConversationCatchUp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Catches this node's clients up after a gap in the cluster bus, off the reader's and the publisher's threads. Gaps
 * reported while a catch-up runs are merged into the next one (from the earliest instant asked for); a catch-up that
 * fails (the database away too) is tried again, a little later each time, until it succeeds or the node stops.
 */
final class ClusterCatchUp implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ClusterCatchUp.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final ConversationCatchUp catchUp;
    private final AtomicReference<@Nullable Instant> pending = new AtomicReference<>();
    private final AtomicBoolean busy = new AtomicBoolean();
    private final Counter runs;
    private volatile boolean closed;

    ClusterCatchUp(ConversationCatchUp catchUp, MeterRegistry meters) {
        this.catchUp = catchUp;
        this.runs = Counter.builder("parley.cluster.catch-ups")
                .description("Times this node caught its clients up from PostgreSQL after a gap in the cluster bus")
                .register(meters);
    }

    /** Asks for a catch-up on what was committed at or after {@code since}; returns at once. */
    void request(Instant since) {
        pending.accumulateAndGet(since, (a, b) -> a == null || b.isBefore(a) ? b : a);
        if (!closed && busy.compareAndSet(false, true)) {
            Thread.ofVirtual().name("parley-cluster-catch-up").start(this::drain);
        }
    }

    private void drain() {
        Duration backoff = Duration.ofMillis(250);
        try {
            while (!closed) {
                Instant since = pending.getAndSet(null);
                if (since == null) {
                    return;
                }
                try {
                    long started = System.nanoTime();
                    int conversations = catchUp.replaySince(since);
                    runs.increment();
                    log.info("Cluster bus: caught this node's clients up on {} conversation(s) changed since {} in {} ms",
                            conversations, since, Duration.ofNanos(System.nanoTime() - started).toMillis());
                    backoff = Duration.ofMillis(250);
                } catch (RuntimeException e) {
                    log.warn("Cluster bus: could not catch this node's clients up yet ({}); trying again in {} ms",
                            e.toString(), backoff.toMillis());
                    pending.accumulateAndGet(since, (a, b) -> a == null || b.isBefore(a) ? b : a);
                    Thread.sleep(backoff);
                    backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            busy.set(false);
            // a request that came after the last look but before busy was cleared would otherwise wait for the next
            if (!closed && pending.get() != null && busy.compareAndSet(false, true)) {
                Thread.ofVirtual().name("parley-cluster-catch-up").start(this::drain);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
    }
}
