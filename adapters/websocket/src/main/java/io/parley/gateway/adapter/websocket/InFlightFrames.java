package io.parley.gateway.adapter.websocket;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The frames of one connection that wait for the database (a send until its commit, a conversation start), run on
 * virtual threads rather than on the connection's inbound thread, so that the frames read after them (heartbeats,
 * typing, read) are answered meanwhile, even while the database does not answer at all.
 * <p>
 * Frames with the same key (a conversation) run one after another in the order they were read: a conversation's
 * acks come in the order its messages were sent. Frames with different keys run side by side. At most {@code limit}
 * frames are in flight; the next one waits on the inbound thread, so the server stops reading the connection (TCP
 * pushes back on the client) instead of buffering frames or dropping them.
 */
final class InFlightFrames {

    private static final Logger log = LoggerFactory.getLogger(InFlightFrames.class);

    private final int limit;
    private final Executor threads;
    /** Guarded by {@code this}: a key is present while its frames run; the value holds those waiting behind. */
    private @Nullable Map<Object, @Nullable ArrayDeque<Runnable>> running;
    /** Guarded by {@code this}. */
    private int count;
    /** Guarded by {@code this}. */
    private boolean closed;
    /** The inbound thread waits for room: the connection is not being read. */
    private volatile boolean full;

    InFlightFrames(int limit, Executor threads) {
        this.limit = limit;
        this.threads = threads;
    }

    /**
     * Runs {@code frame} after the frames of the same key submitted before it; waits while {@code limit} frames are
     * in flight.
     *
     * @return false when the connection closed (or the caller was interrupted) before there was room
     */
    boolean submit(Object key, Runnable frame) {
        boolean start;
        synchronized (this) {
            if (count >= limit && !awaitRoom()) {
                return false;
            }
            if (closed) {
                return false;
            }
            count++;
            if (running == null) {
                running = new HashMap<>(4);
            }
            if (running.containsKey(key)) {
                running.computeIfAbsent(key, k -> new ArrayDeque<>(4)).add(frame);
                start = false;
            } else {
                running.put(key, null);
                start = true;
            }
        }
        if (start) {
            threads.execute(() -> run(key, frame));
        }
        return true;
    }

    /** Whether the inbound thread waits for room, so that nothing more is read from the client for now. */
    boolean full() {
        return full;
    }

    synchronized int count() {
        return count;
    }

    /** The connection closed: whoever waits for room gives up; frames in flight end as they end. */
    synchronized void close() {
        closed = true;
        notifyAll();
    }

    private boolean awaitRoom() {
        full = true;
        try {
            while (count >= limit && !closed) {
                wait();
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            full = false;
        }
    }

    private void run(Object key, Runnable first) {
        Runnable frame = first;
        while (frame != null) {
            try {
                frame.run();
            } catch (RuntimeException | Error e) {
                // the frames behind it still run: a key left behind would stall its conversation for good
                log.warn("A frame in flight failed with {}", e.getClass().getName());
                log.debug("Failure detail", e);
            } finally {
                frame = finished(key);
            }
        }
    }

    /** Counts a frame out and returns the next of its key, or null after forgetting the key. */
    private synchronized @Nullable Runnable finished(Object key) {
        if (count-- == limit) {
            notifyAll();
        }
        ArrayDeque<Runnable> behind = running == null ? null : running.get(key);
        Runnable next = behind == null ? null : behind.poll();
        if (next == null && running != null) {
            running.remove(key);
        }
        return next;
    }
}
