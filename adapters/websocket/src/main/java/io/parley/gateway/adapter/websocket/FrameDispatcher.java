package io.parley.gateway.adapter.websocket;

import io.parley.gateway.protocol.ClientFrame;
import io.parley.shared.ConversationId;
import io.parley.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;

/**
 * Routes a decoded client frame; a domain refusal becomes a non-fatal error frame with the same request id. Frames
 * that wait for the database go in flight ({@link InFlightFrames}), keyed by their conversation, so that the
 * connection's next frames are read and answered meanwhile: {@code send}, {@code startConversation}, and
 * {@code typing} and {@code read} on a conversation whose visibility is not known yet.
 */
@Component
class FrameDispatcher {

    private static final Logger log = LoggerFactory.getLogger(FrameDispatcher.class);
    /** The key of conversation starts, which wait for each other only. */
    private static final Object STARTS = new Object();

    private final Authenticator authenticator;
    private final MessagingFrames messaging;
    private final ConversationFeed feed;
    private final SignalFrames signals;

    FrameDispatcher(Authenticator authenticator, MessagingFrames messaging, ConversationFeed feed,
                    SignalFrames signals) {
        this.authenticator = authenticator;
        this.messaging = messaging;
        this.feed = feed;
        this.signals = signals;
    }

    void dispatch(Connection connection, ClientFrame frame) {
        try {
            route(connection, frame);
        } catch (RuntimeException e) {
            failed(connection, frame, e);
        }
    }

    private void route(Connection connection, ClientFrame frame) {
        String requestId = frame.getRequestId();
        if (!connection.authenticated()) {
            if (frame.hasAuthenticate()) {
                authenticator.authenticate(connection, requestId, frame.getAuthenticate());
            } else {
                connection.fail(requestId, "auth.required", "the first frame must be authenticate",
                        CloseStatus.POLICY_VIOLATION);
            }
            return;
        }
        switch (frame.getFrameCase()) {
            case AUTHENTICATE -> connection.error(requestId, "auth.already-authenticated",
                    "this connection is authenticated already; open a new one to change identity");
            case SEND -> {
                ConversationId conversation = messaging.conversation(frame.getSend());
                inFlight(connection, conversation, frame,
                        () -> messaging.send(connection, requestId, conversation, frame.getSend()));
            }
            case RESUME -> feed.resume(connection, requestId, frame.getResume());
            case START_CONVERSATION -> inFlight(connection, STARTS, frame,
                    () -> messaging.start(connection, requestId));
            case TYPING -> relay(connection, frame, frame.getTyping().getConversationId(),
                    () -> signals.typing(connection, frame.getTyping()));
            case READ -> relay(connection, frame, frame.getRead().getConversationId(),
                    () -> signals.read(connection, frame.getRead()));
            case SET_PRESENCE -> signals.presence(connection, frame.getSetPresence());
            case HEARTBEAT -> signals.heartbeat(connection, requestId, frame.getHeartbeat());
            case FRAME_NOT_SET -> connection.error(requestId, "frame.malformed",
                    "the frame names none of the known client frames");
        }
    }

    /**
     * A signal is relayed at once when the conversation is known to be visible; otherwise it goes in flight while
     * that is checked, behind the conversation's earlier signals but not behind its sends.
     */
    private void relay(Connection connection, ClientFrame frame, String conversationId, Runnable relay) {
        ConversationId conversation = ConversationId.parse(conversationId);
        if (connection.visible().knows(conversation)) {
            relay.run();
        } else {
            inFlight(connection, new SignalsOf(conversation), frame, relay);
        }
    }

    /** The in-flight key of a conversation's typing and read frames. */
    private record SignalsOf(ConversationId conversation) {}

    private static void inFlight(Connection connection, Object key, ClientFrame frame, Runnable work) {
        connection.inFlight().submit(key, () -> {
            if (connection.closing()) {
                return;
            }
            try {
                work.run();
            } catch (RuntimeException e) {
                failed(connection, frame, e);
            }
        });
    }

    private static void failed(Connection connection, ClientFrame frame, RuntimeException e) {
        if (e instanceof DomainException refusal) {
            connection.error(frame.getRequestId(), refusal.code(), refusal.getMessage());
        } else {
            // the exception's text may quote what the client sent: only its type at WARN
            log.warn("Connection {}: a {} frame failed with {}", connection.id(), frame.getFrameCase(),
                    e.getClass().getName());
            log.debug("Failure detail", e);
            connection.error(frame.getRequestId(), "server.error",
                    "the server could not handle this frame; try again in a moment");
        }
    }
}
