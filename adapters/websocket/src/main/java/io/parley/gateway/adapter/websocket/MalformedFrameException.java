package io.parley.gateway.adapter.websocket;

import io.parley.gateway.protocol.ClientFrame;

/** A client frame that cannot be understood; answered with a non-fatal {@code frame.malformed} error. */
final class MalformedFrameException extends RuntimeException {

    MalformedFrameException(String message) {
        super(message, null, false, false);
    }

    /** A frame that parsed but carries none of the known frames: empty, or one from a newer protocol version. */
    static ClientFrame requireFrame(ClientFrame frame) {
        if (frame.getFrameCase() == ClientFrame.FrameCase.FRAME_NOT_SET) {
            throw new MalformedFrameException("the frame names none of the known client frames");
        }
        return frame;
    }
}
