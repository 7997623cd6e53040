package io.parley.gateway.adapter.websocket;

import io.parley.conversation.Actor;
import io.parley.gateway.protocol.ClientFrame;
import io.parley.gateway.protocol.ServerFrame;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.SessionLimitExceededException;

/**
 * One client connection: who it is once authenticated, its limits, its delivery lane and cursors, its frames in
 * flight, and the single way out to the socket. Sends may come from any thread; the session decorator lets one write
 * at a time and buffers the others. What waits for the client in the server, in the lane and in that buffer, is held
 * to the send buffer limit, past which the connection is closed as a slow consumer.
 */
final class Connection {

    private static final Logger log = LoggerFactory.getLogger(Connection.class);
    private static final ByteBuffer NO_DATA = ByteBuffer.allocate(0);

    /** 4500: the client did not read fast enough; the same code Spring uses for an exceeded send limit. */
    static final CloseStatus SLOW_CONSUMER = CloseStatus.SESSION_NOT_RELIABLE.withReason("client reads too slowly");
    static final Duration CLOSE_FRAME_WAIT = Duration.ofSeconds(1);

    /** AUTHENTICATING: the Authenticate frame has come and its credential is being checked. */
    private enum State { NEW, AUTHENTICATING, AUTHENTICATED, CLOSING }

    private final ConcurrentWebSocketSessionDecorator session;
    private final FrameCodec codec;
    private final Handshake handshake;
    private final GatewayMetrics metrics;
    private final TokenBucket rate;
    private final FrameAssembler assembler;
    private final DeliveryLane lane;
    private final InFlightFrames inFlight;
    private final long sendBufferLimit;
    private final DeliveryCursors cursors = new DeliveryCursors();
    private final VisibleConversations visible = new VisibleConversations();
    private final long openedAt;
    /** When the client last sent a frame. */
    private volatile long lastHeardAt;
    /** When the client last answered a ping; written by inbound threads, read by the watchdog. */
    private volatile long lastPongAt;
    /** When the watchdog last pinged, 0 before; the watchdog alone writes it. */
    private volatile long pingedAt;
    private volatile State state = State.NEW;
    private volatile @Nullable Actor actor;
    private volatile @Nullable String agentToken;
    private volatile boolean binaryIds;

    Connection(ConcurrentWebSocketSessionDecorator session, FrameCodec codec, Handshake handshake,
               GatewayMetrics metrics, TokenBucket rate, FrameAssembler assembler, DeliveryLane lane,
               InFlightFrames inFlight, long sendBufferLimit, long now) {
        this.session = session;
        this.codec = codec;
        this.handshake = handshake;
        this.metrics = metrics;
        this.rate = rate;
        this.assembler = assembler;
        this.lane = lane;
        this.inFlight = inFlight;
        this.sendBufferLimit = sendBufferLimit;
        this.openedAt = now;
        this.lastHeardAt = now;
    }

    String id() { return session.getId(); }
    Handshake handshake() { return handshake; }
    TokenBucket rate() { return rate; }
    FrameAssembler assembler() { return assembler; }
    DeliveryLane lane() { return lane; }
    InFlightFrames inFlight() { return inFlight; }
    DeliveryCursors cursors() { return cursors; }
    VisibleConversations visible() { return visible; }
    long openedAt() { return openedAt; }
    long lastHeardAt() { return lastHeardAt; }
    /** When anything last came from the client: a frame, or a pong. */
    long lastSignOfLifeAt() { return Math.max(lastHeardAt, lastPongAt); }
    long pingedAt() { return pingedAt; }
    /** False while the server does not read the client's frames: it waits for room for a frame in flight. */
    boolean reading() { return !inFlight.full(); }
    /** Bytes waiting for the client in the server: pushes in the lane, frames in the session's buffer. */
    long queuedBytes() { return lane.bytes() + session.getBufferSize(); }
    long sendingForMillis() { return session.getTimeSinceSendStarted(); }
    boolean authenticated() { return state == State.AUTHENTICATED; }
    /** No Authenticate frame has come yet: what the auth timeout is about. */
    boolean awaitingAuthenticate() { return state == State.NEW; }
    boolean closing() { return state == State.CLOSING || !session.isOpen(); }
    /** Whether Ack and Message frames go out with their ids in the binary {@code *_bin} fields. */
    boolean binaryIds() { return binaryIds; }

    ClientFrame decode(WebSocketMessage<?> message) {
        return codec.decode(message);
    }

    void heard(long now) {
        lastHeardAt = now;
    }

    void ponged(long now) {
        lastPongAt = now;
    }

    /**
     * Hands a push to the lane; closes the connection as a slow consumer if that makes more than the send buffer
     * limit wait for the client. Nothing is queued for a connection that is closing.
     */
    void push(Runnable task) {
        if (closing()) {
            return;
        }
        long queued = lane.queue(task) + session.getBufferSize();
        if (queued > sendBufferLimit) {
            log.debug("Closing connection {}: {} bytes wait for a client that does not read", id(), queued);
            closeSlowConsumer();
        }
    }

    /** The actor of an authenticated connection; callers check {@link #authenticated()} first. */
    Actor actor() {
        Actor current = actor;
        if (current == null) {
            throw new IllegalStateException("connection " + id() + " is not authenticated");
        }
        return current;
    }

    @Nullable Actor actorIfAny() {
        return actor;
    }

    /** The token an agent's connection authenticated with, checked again when the agent's access changes. */
    @Nullable String agentToken() {
        return agentToken;
    }

    /** The agent's role changed: the connection acts with the new one from now on. */
    synchronized void actAs(Actor.Agent agent) {
        if (state == State.AUTHENTICATED && actor instanceof Actor.Agent current
                && current.agentId().equals(agent.agentId())) {
            actor = agent;
        }
    }

    /**
     * The Authenticate frame has come: from now on the auth timeout no longer applies, however long checking its
     * credential takes (it may wait for the database).
     *
     * @return false when the connection was closed, timed out or began authenticating already
     */
    synchronized boolean authenticationBegun() {
        if (state != State.NEW) {
            return false;
        }
        state = State.AUTHENTICATING;
        return true;
    }

    /** Checking the credential failed, not for the credential: the connection waits for Authenticate again. */
    synchronized void authenticationAbandoned() {
        if (state == State.AUTHENTICATING) {
            state = State.NEW;
        }
    }

    /**
     * @param binaryIdsAsked the client asked for binary ids; granted on an encoding that carries them, ignored on
     *        the others
     * @param token the agent's token, kept to check it again when their access changes; null for visitors
     * @return false when the connection was closed meanwhile
     */
    synchronized boolean authenticateAs(Actor who, boolean binaryIdsAsked, @Nullable String token) {
        if (state != State.AUTHENTICATING) {
            return false;
        }
        actor = who;
        agentToken = token;
        binaryIds = binaryIdsAsked && codec.carriesBinaryIds();
        state = State.AUTHENTICATED;
        return true;
    }

    void send(ServerFrame frame) {
        send(new SharedFrame(frame));
    }

    void send(SharedFrame frame) {
        if (!closing()) {
            write(frame);
        }
    }

    private void write(SharedFrame frame) {
        try {
            session.sendMessage(frame.encodedWith(codec, binaryIds));
            metrics.sent(frame.frame().getFrameCase());
        } catch (SessionLimitExceededException e) {
            log.debug("Closing connection {}: {}", id(), e.getMessage());
            closeSlowConsumer();
        } catch (IOException | IllegalStateException e) {
            log.debug("Closing connection {} after a failed send: {}", id(), e.toString());
            close(CloseStatus.SERVER_ERROR);
        }
    }

    void error(String requestId, String code, String message) {
        metrics.error(code);
        send(Frames.error(requestId, code, message, false));
    }

    /**
     * Sends a fatal error, then closes; only the first failure of a connection is reported. Both happen on a virtual
     * thread, so that neither the caller (an inbound thread, the watchdog) waits on a socket the client does not read.
     */
    void fail(String requestId, String code, String message, CloseStatus status) {
        if (!beginClosing()) {
            return;
        }
        metrics.error(code);
        var error = new SharedFrame(Frames.error(requestId, code, message, true));
        Thread.ofVirtual().name("parley-ws-close").start(() -> {
            if (session.isOpen()) {
                write(error);
            }
            closeNow(status.withReason(code));
        });
    }

    /** The session ended: nothing more is sent. */
    void closed() {
        beginClosing();
    }

    /**
     * Closes on a virtual thread: closing writes a close frame, which blocks on a socket the client does not read.
     *
     * @return the closing thread, which ends once the close frame is written or writing it failed
     */
    Thread close(CloseStatus status) {
        beginClosing();
        return Thread.ofVirtual().name("parley-ws-close").start(() -> closeNow(status));
    }

    /**
     * Closes a connection whose client does not read: with 4500 if the close frame gets through within
     * {@link #CLOSE_FRAME_WAIT}, otherwise the socket is dropped (the client sees 1006). Jetty queues a close frame
     * behind the writes that are stuck, and would wait for its idle timeout before giving up.
     */
    void closeSlowConsumer() {
        if (beginClosing()) {
            metrics.closed("slow-consumer");
        }
        Thread.ofVirtual().name("parley-ws-close").start(() -> {
            Thread closing = Thread.ofVirtual().name("parley-ws-close").start(() -> closeNow(SLOW_CONSUMER));
            try {
                if (!closing.join(CLOSE_FRAME_WAIT)) {
                    log.debug("Connection {}: the close frame did not get through, dropping the socket", id());
                    disconnect();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** Asks for a sign of life without waiting for the socket: the client's WebSocket answers with a pong. */
    void ping(long now) {
        pingedAt = now;
        try {
            if (jettySession() instanceof Session jetty) {
                jetty.sendPing(NO_DATA.duplicate(), Callback.NOOP);
            }
        } catch (RuntimeException e) {
            log.debug("Connection {}: the ping was not sent: {}", id(), e.toString());
        }
    }

    /**
     * The client is gone without closing (no frame and no pong after a ping): drops the socket without a close frame,
     * which nobody would read.
     */
    void dropVanished() {
        if (!beginClosing()) {
            return;
        }
        metrics.closed("peer-gone");
        log.debug("Connection {}: the client answers nothing, dropping the socket", id());
        Thread.ofVirtual().name("parley-ws-close").start(this::disconnect);
    }

    /**
     * Nothing more is sent or taken in flight, and an inbound thread waiting for room gives up.
     *
     * @return whether this call began the closing
     */
    private boolean beginClosing() {
        boolean first;
        synchronized (this) {
            first = state != State.CLOSING;
            state = State.CLOSING;
        }
        inFlight.close();
        return first;
    }

    private @Nullable Session jettySession() {
        return session.getLastSession() instanceof NativeWebSocketSession wrapper
                ? wrapper.getNativeSession(Session.class) : null;
    }

    private void disconnect() {
        if (jettySession() instanceof Session jetty) {
            jetty.disconnect();
        }
    }

    private void closeNow(CloseStatus status) {
        try {
            session.close(status);
        } catch (IOException | RuntimeException e) {
            log.debug("Connection {} did not close cleanly: {}", id(), e.toString());
        }
    }
}
