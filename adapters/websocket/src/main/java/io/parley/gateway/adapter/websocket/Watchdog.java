package io.parley.gateway.adapter.websocket;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;

/**
 * Closes connections that break the limits: no authenticate frame in time, nothing heard for too long, a client that
 * does not read (a send stuck, too much waiting for it), or one that is gone without closing (silent, and no pong to
 * a ping). One sweep over all connections replaces a timer per connection. While the server itself does not read a
 * connection (it waits for room for a frame in flight) its silence is not held against the client.
 */
@Component
class Watchdog implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Watchdog.class);
    /** 4408: nothing was heard from the client within the idle timeout (after HTTP's 408 Request Timeout). */
    static final CloseStatus IDLE = new CloseStatus(4408, "connection.idle");
    /** Pushes waiting for a connection whose socket takes none; far beyond what a reading client ever queues. */
    static final int MAX_PENDING_PUSHES = 10_000;
    /** How long shutdown waits for the close frames of all connections together. */
    static final Duration SHUTDOWN_CLOSE_WAIT = Duration.ofSeconds(3);

    private final ConnectionRegistry registry;
    private final GatewayProperties properties;
    private @Nullable ScheduledExecutorService timer;

    private final long idleNanos;
    private final long authNanos;
    private final long pingNanos;
    private final long pongNanos;

    Watchdog(ConnectionRegistry registry, GatewayProperties properties) {
        this.registry = registry;
        this.properties = properties;
        this.idleNanos = properties.idleTimeout().toNanos();
        this.authNanos = properties.authTimeout().toNanos();
        this.pingNanos = properties.pingInterval().toNanos();
        this.pongNanos = properties.pongTimeout().toNanos();
    }

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("parley-ws-watchdog").daemon().factory());
        long tick = tick(properties).toMillis();
        timer.scheduleWithFixedDelay(this::sweep, tick, tick, TimeUnit.MILLISECONDS);
    }

    /**
     * Stops before the web server's graceful shutdown (a higher phase stops first): open WebSocket connections
     * would otherwise hold that shutdown for its whole timeout. Clients are told to go away and reconnect, and
     * resume from their last sequence on another node or after the restart. Waits up to {@link #SHUTDOWN_CLOSE_WAIT}
     * for the close frames to be written: Jetty's graceful shutdown finds no request in flight, and the server
     * would otherwise drop the sockets before the frames are out.
     */
    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
        List<Thread> closing = new ArrayList<>();
        for (Connection connection : registry.all()) {
            try {
                closing.add(connection.close(CloseStatus.GOING_AWAY.withReason("server.shutdown")));
            } catch (RuntimeException e) {
                log.debug("Closing connection {} at shutdown failed", connection.id(), e);
            }
        }
        long deadline = System.nanoTime() + SHUTDOWN_CLOSE_WAIT.toNanos();
        try {
            for (Thread thread : closing) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !thread.join(Duration.ofNanos(left))) {
                    log.info("Shutting down before every client was told to go away ({} connections)", closing.size());
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }

    /** A fifth of the shortest limit, between 20 ms and 1 s: timeouts fire at most 20% late. */
    static Duration tick(GatewayProperties p) {
        Duration shortest = p.authTimeout();
        shortest = p.idleTimeout().compareTo(shortest) < 0 ? p.idleTimeout() : shortest;
        shortest = p.sendTimeLimit().compareTo(shortest) < 0 ? p.sendTimeLimit() : shortest;
        shortest = p.pingInterval().compareTo(shortest) < 0 ? p.pingInterval() : shortest;
        shortest = p.pongTimeout().compareTo(shortest) < 0 ? p.pongTimeout() : shortest;
        long millis = Math.clamp(shortest.toMillis() / 5, 20, 1000);
        return Duration.ofMillis(millis);
    }

    void sweep() {
        long now = System.nanoTime();
        for (Connection connection : registry.all()) {
            try {
                check(connection, now);
            } catch (RuntimeException e) {
                log.warn("Watchdog check of connection {} failed", connection.id(), e);
            }
        }
    }

    private void check(Connection connection, long now) {
        if (connection.closing()) {
            return;
        }
        if (connection.sendingForMillis() > properties.sendTimeLimit().toMillis()
                || connection.queuedBytes() > properties.sendBufferLimit().toBytes()
                || connection.lane().pending() > MAX_PENDING_PUSHES) {
            log.debug("Closing connection {}: the client does not read", connection.id());
            connection.closeSlowConsumer();
        } else if (connection.awaitingAuthenticate() && now - connection.openedAt() > authNanos) {
            connection.fail("", "auth.timeout", "no authenticate frame within "
                    + properties.authTimeout().toSeconds() + " s of connecting", CloseStatus.POLICY_VIOLATION);
        } else if (connection.reading()) {
            checkSilence(connection, now);
        }
    }

    private void checkSilence(Connection connection, long now) {
        long pinged = connection.pingedAt();
        long lifeSign = connection.lastSignOfLifeAt();
        if (now - connection.lastHeardAt() > idleNanos) {
            connection.fail("", "connection.idle", "nothing received for " + properties.idleTimeout().toSeconds()
                    + " s; send a heartbeat every " + properties.heartbeatInterval().toSeconds() + " s", IDLE);
        } else if (pinged != 0 && pinged - lifeSign > 0 && now - pinged > pongNanos) {
            connection.dropVanished();
            // counted closed now: the container may notice the socket is gone only much later
            registry.closed(connection);
        } else if (now - lifeSign > pingNanos && (pinged == 0 || pinged - lifeSign <= 0)) {
            connection.ping(now);
        }
    }
}
