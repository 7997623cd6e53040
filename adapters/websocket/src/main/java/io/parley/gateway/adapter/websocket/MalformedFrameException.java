package io.parley.gateway.adapter.websocket;

import io.parley.gateway.protocol.ClientFrame;

/**
 * A client frame that cannot be understood; answered with {@code frame.malformed}, carrying the frame's request id
 * when it could be read.
 */
final class MalformedFrameException extends RuntimeException {

    private final String requestId;

    MalformedFrameException(String message) {
        this(message, "");
    }

    private MalformedFrameException(String message, String requestId) {
        super(message, null, false, false);
        this.requestId = requestId;
    }

    /** The request id of the frame, or empty when it had none or it could not be read. */
    String requestId() {
        return requestId;
    }

    MalformedFrameException withRequestId(String id) {
        return id.isEmpty() || id.equals(requestId) ? this : new MalformedFrameException(getMessage(), id);
    }

    /** A frame that parsed but carries none of the known frames: empty, or one from a newer protocol version. */
    static ClientFrame requireFrame(ClientFrame frame) {
        if (frame.getFrameCase() == ClientFrame.FrameCase.FRAME_NOT_SET) {
            throw new MalformedFrameException("the frame names none of the known client frames", frame.getRequestId());
        }
        return frame;
    }
}
