package io.parley.gateway.adapter.websocket;

import io.parley.gateway.protocol.ClientFrame;
import io.parley.shared.DomainException;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;

/** Routes a decoded client frame; a domain refusal becomes a non-fatal error frame with the same request id. */
@Component
class FrameDispatcher {

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
        try {
            switch (frame.getFrameCase()) {
                case AUTHENTICATE -> connection.error(requestId, "auth.already-authenticated",
                        "this connection is authenticated already; open a new one to change identity");
                case SEND -> messaging.send(connection, requestId, frame.getSend());
                case RESUME -> feed.resume(connection, requestId, frame.getResume());
                case START_CONVERSATION -> messaging.start(connection, requestId);
                case TYPING -> signals.typing(connection, frame.getTyping());
                case READ -> signals.read(connection, frame.getRead());
                case SET_PRESENCE -> signals.presence(connection, frame.getSetPresence());
                case HEARTBEAT -> signals.heartbeat(connection, requestId, frame.getHeartbeat());
                case FRAME_NOT_SET -> connection.error(requestId, "frame.malformed",
                        "the frame names none of the known client frames");
            }
        } catch (DomainException e) {
            connection.error(requestId, e.code(), e.getMessage());
        }
    }
}
