package io.parley.gateway.adapter.websocket;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one connection's pushes one after another, in the order they were handed in, on a virtual thread. Whoever
 * notifies (the thread that committed a message) only enqueues: a client whose socket is full holds up its own lane
 * and nobody else. Running the pushes one at a time also keeps that connection's delivery state single-threaded.
 * <p>
 * Most connections are idle most of the time, and there are tens of thousands of them: an idle lane holds no queue
 * and no thread. A virtual thread is started when a task arrives at an idle lane and ends when the queue is empty.
 * <p>
 * A {@link Push} says how many bytes it will send: the lane counts them from when it is handed in until it has run,
 * so that what waits here counts towards the connection's send buffer limit like what waits in the socket's buffer.
 */
final class DeliveryLane implements Executor {

    /** A task that sends about {@link #bytes()} to the client. */
    interface Push extends Runnable {
        int bytes();
    }

    private static final Logger log = LoggerFactory.getLogger(DeliveryLane.class);

    private final Executor threads;
    /** Guarded by {@code this}; null while empty. */
    private @Nullable ArrayDeque<Runnable> tasks;
    /** Guarded by {@code this}: a drainer runs, or a caller runs in turn. */
    private boolean draining;
    /** Written under {@code this}. */
    private volatile int pending;
    /** Bytes of the pushes handed in and not yet finished; guarded by {@code this}. */
    private long bytes;

    DeliveryLane(Executor threads) {
        this.threads = threads;
    }

    @Override
    public void execute(Runnable task) {
        queue(task);
    }

    /** Hands a task in like {@link #execute}; returns the bytes of the pushes waiting or running, this one's included. */
    long queue(Runnable task) {
        boolean start;
        long queued;
        synchronized (this) {
            if (tasks == null) {
                tasks = new ArrayDeque<>(4);
            }
            tasks.add(task);
            pending++;
            if (task instanceof Push push) {
                bytes += push.bytes();
            }
            queued = bytes;
            start = !draining;
            draining = true;
        }
        if (start) {
            threads.execute(this::drain);
        }
        return queued;
    }

    /**
     * Runs {@code action} on the caller's thread as if it were a lane task: tasks handed in meanwhile wait for it.
     * Meant for a lane that has hardly started (authentication), so waiting for a running task is rare and short.
     */
    void runInTurn(Runnable action) {
        while (!claim()) {
            Thread.onSpinWait();
        }
        try {
            action.run();
        } finally {
            release();
        }
    }

    /** Tasks handed in and not yet finished; grows while the client does not read. */
    int pending() {
        return pending;
    }

    /** Bytes of the pushes handed in and not yet finished. */
    synchronized long bytes() {
        return bytes;
    }

    private void drain() {
        boolean emptied = false;
        try {
            Runnable task;
            while ((task = next()) != null) {
                run(task);
            }
            emptied = true;
        } finally {
            if (!emptied) {
                // an Error escaped a task: hand the rest of the queue to a new drainer
                release();
            }
        }
    }

    private void run(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.warn("A delivery task failed with {}; the client catches up by resuming", e.getClass().getName());
            log.debug("Failure detail", e);
        } finally {
            synchronized (this) {
                pending--;
                if (task instanceof Push push) {
                    bytes -= push.bytes();
                }
            }
        }
    }

    /** The next task, or null after marking the lane idle: seeing the queue empty and going idle are one step. */
    private synchronized @Nullable Runnable next() {
        Runnable task = tasks == null ? null : tasks.poll();
        if (task == null) {
            tasks = null;
            draining = false;
        }
        return task;
    }

    private synchronized boolean claim() {
        if (draining) {
            return false;
        }
        draining = true;
        return true;
    }

    /** Ends a turn: tasks handed in meanwhile get a drainer, otherwise the lane goes idle. */
    private void release() {
        boolean more;
        synchronized (this) {
            more = tasks != null && !tasks.isEmpty();
            draining = more;
        }
        if (more) {
            threads.execute(this::drain);
        }
    }
}
