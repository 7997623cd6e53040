package io.parley.gateway.adapter.websocket;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one connection's pushes one after another, in the order they were handed in, on a virtual thread. Whoever
 * notifies (the thread that committed a message) only enqueues: a client whose socket is full holds up its own lane
 * and nobody else. Running the pushes one at a time also keeps that connection's delivery state single-threaded.
 */
final class DeliveryLane implements Executor {

    private static final Logger log = LoggerFactory.getLogger(DeliveryLane.class);

    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicInteger pending = new AtomicInteger();
    private final Executor threads;

    DeliveryLane(Executor threads) {
        this.threads = threads;
    }

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
        pending.incrementAndGet();
        schedule();
    }

    /**
     * Runs {@code action} on the caller's thread as if it were a lane task: tasks handed in meanwhile wait for it.
     * Meant for a lane that has hardly started (authentication), so waiting for a running task is rare and short.
     */
    void runInTurn(Runnable action) {
        while (!draining.compareAndSet(false, true)) {
            Thread.onSpinWait();
        }
        try {
            action.run();
        } finally {
            draining.set(false);
            if (!tasks.isEmpty()) {
                schedule();
            }
        }
    }

    /** Tasks handed in and not yet finished; grows while the client does not read. */
    int pending() {
        return pending.get();
    }

    private void schedule() {
        if (draining.compareAndSet(false, true)) {
            threads.execute(this::drain);
        }
    }

    private void drain() {
        try {
            Runnable task;
            while ((task = tasks.poll()) != null) {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.warn("A delivery task failed with {}; the client catches up by resuming",
                            e.getClass().getName());
                    log.debug("Failure detail", e);
                } finally {
                    pending.decrementAndGet();
                }
            }
        } finally {
            draining.set(false);
            // a task added after the last poll but before the flag was cleared would otherwise wait for the next one
            if (!tasks.isEmpty()) {
                schedule();
            }
        }
    }
}
