package io.parley.gateway.adapter.websocket;

import io.parley.gateway.protocol.ClientFrame;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PongMessage;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator.OverflowStrategy;

/**
 * The endpoint's life cycle: a connection per session, then for each client message in turn: reassemble, size
 * check, decode, rate check, dispatch. The container calls it for one session at a time, and reads that session's
 * next message only once it returns; frames that wait for the database go on in flight (see {@link InFlightFrames}).
 */
@PrimaryAdapter
@Component
class GatewayHandler implements WebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayHandler.class);
    private static final String CONNECTION = GatewayHandler.class.getName() + ".connection";
    /** Handling a frame for longer than this held up reading the connection enough to account for. */
    static final long NOT_READING_NANOS = 10_000_000;

    private final GatewayProperties properties;
    private final ConnectionRegistry registry;
    private final FrameDispatcher dispatcher;
    private final SignalFrames signals;
    private final GatewayMetrics metrics;
    private final Executor deliveryThreads;
    private final Executor inFlightThreads;

    GatewayHandler(GatewayProperties properties, ConnectionRegistry registry, FrameDispatcher dispatcher,
                   SignalFrames signals, GatewayMetrics metrics) {
        this.properties = properties;
        this.registry = registry;
        this.dispatcher = dispatcher;
        this.signals = signals;
        this.metrics = metrics;
        ThreadFactory virtual = Thread.ofVirtual().name("parley-ws-delivery-", 0).factory();
        this.deliveryThreads = task -> virtual.newThread(task).start();
        ThreadFactory inFlight = Thread.ofVirtual().name("parley-ws-in-flight").factory();
        this.inFlightThreads = task -> inFlight.newThread(task).start();
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) throws Exception {
        Optional<FrameCodec> codec = FrameCodecs.forSubprotocol(session.getAcceptedProtocol());
        if (codec.isEmpty() || !(session.getAttributes().get(HandshakeInspector.HANDSHAKE) instanceof Handshake hs)) {
            session.close(CloseStatus.PROTOCOL_ERROR.withReason("no parley subprotocol was negotiated"));
            return;
        }
        var out = new ConcurrentWebSocketSessionDecorator(session, Math.toIntExact(properties.sendTimeLimit().toMillis()),
                Math.toIntExact(properties.sendBufferLimit().toBytes()), OverflowStrategy.TERMINATE);
        long now = System.nanoTime();
        var connection = new Connection(out, codec.get(), hs, metrics,
                new TokenBucket(properties.maxMessagesPerSecond(), properties.messageBurst(), System::nanoTime),
                new FrameAssembler(properties.maxFrameBytes()), new DeliveryLane(deliveryThreads),
                new InFlightFrames(properties.maxFramesInFlight(), inFlightThreads), properties.sendBufferLimit().toBytes(),
                now);
        session.getAttributes().put(CONNECTION, connection);
        registry.opened(connection);
        log.debug("Connection {} opened with {}", connection.id(), session.getAcceptedProtocol());
    }

    @Override
    public void handleMessage(WebSocketSession session, WebSocketMessage<?> message) {
        Connection connection = connection(session);
        if (connection == null || connection.closing()) {
            return;
        }
        long now = System.nanoTime();
        if (message instanceof PongMessage) {
            connection.ponged(now);
            return;
        }
        connection.heard(now);
        WebSocketMessage<?> whole;
        try {
            whole = connection.assembler().accept(message);
        } catch (FrameAssembler.TooLargeException e) {
            connection.fail("", "frame.too-large", e.getMessage() + "; send less at a time",
                    CloseStatus.TOO_BIG_TO_PROCESS);
            return;
        }
        if (whole != null) {
            handle(connection, whole);
            long done = System.nanoTime();
            if (done - now > NOT_READING_NANOS) {
                // nothing was read from the client meanwhile: what it sent in that time is neither silence nor a flood
                connection.heard(done);
                connection.rate().notReadFor(done - now);
            }
        }
    }

    private void handle(Connection connection, WebSocketMessage<?> message) {
        ClientFrame frame;
        try {
            frame = connection.decode(message);
        } catch (MalformedFrameException e) {
            if (connection.authenticated()) {
                connection.error(e.requestId(), "frame.malformed", e.getMessage());
            } else {
                // before authentication only a readable authenticate frame is accepted
                connection.fail(e.requestId(), "frame.malformed", e.getMessage() + "; the first frame must be "
                        + "authenticate", CloseStatus.POLICY_VIOLATION);
            }
            return;
        }
        metrics.received(frame.getFrameCase());
        if (!connection.rate().tryTake()) {
            connection.error(frame.getRequestId(), "rate.limited", "more than " + properties.maxMessagesPerSecond()
                    + " frames per second; this frame was dropped, slow down and send it again");
            return;
        }
        dispatcher.dispatch(connection, frame);
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable exception) {
        log.debug("Connection {} transport error: {}", session.getId(), exception.toString());
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus closeStatus) {
        Connection connection = connection(session);
        if (connection == null) {
            return;
        }
        registry.closed(connection);
        connection.closed();
        signals.disconnected(connection);
        log.debug("Connection {} closed: {}", connection.id(), closeStatus);
    }

    @Override
    public boolean supportsPartialMessages() {
        return true;
    }

    private static @Nullable Connection connection(WebSocketSession session) {
        return session.getAttributes().get(CONNECTION) instanceof Connection c ? c : null;
    }
}
