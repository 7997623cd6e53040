package io.parley.gateway.adapter.websocket;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import org.jspecify.annotations.Nullable;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketMessage;

/**
 * Enforces the frame size limit, and joins the parts of a client message where the container hands one over in
 * parts (Jetty joins them itself, up to four times the limit, see {@link JettyWebSocketSettings}). Checking here
 * rather than letting the container close the connection lets the gateway answer {@code frame.too-large} first.
 * Used by one inbound thread at a time.
 */
final class FrameAssembler {

    /** The message exceeds the limit; the connection must close with 1009. */
    static final class TooLargeException extends RuntimeException {
        TooLargeException(int limit) {
            super("frames are limited to " + limit + " bytes", null, false, false);
        }
    }

    private final int maxBytes;
    private @Nullable StringBuilder text;
    private @Nullable ByteArrayOutputStream binary;
    private long size;

    FrameAssembler(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** @return the whole message once its last part arrived, or null while more parts are due */
    @Nullable WebSocketMessage<?> accept(WebSocketMessage<?> part) {
        size += part instanceof TextMessage t ? utf8Length(t.getPayload()) : part.getPayloadLength();
        if (size > maxBytes) {
            reset();
            throw new TooLargeException(maxBytes);
        }
        boolean first = text == null && binary == null;
        if (part.isLast() && first) {
            size = 0;
            return part;
        }
        append(part);
        if (!part.isLast()) {
            return null;
        }
        WebSocketMessage<?> whole = text != null ? new TextMessage(text) : new BinaryMessage(binary.toByteArray());
        reset();
        return whole;
    }

    private void append(WebSocketMessage<?> part) {
        if (part instanceof TextMessage t) {
            if (text == null) {
                text = new StringBuilder(t.getPayload().length() * 2);
            }
            text.append(t.getPayload());
        } else if (part instanceof BinaryMessage b) {
            if (binary == null) {
                binary = new ByteArrayOutputStream(b.getPayloadLength() * 2);
            }
            ByteBuffer payload = b.getPayload().duplicate();
            byte[] bytes = new byte[payload.remaining()];
            payload.get(bytes);
            binary.writeBytes(bytes);
        }
    }

    private void reset() {
        text = null;
        binary = null;
        size = 0;
    }

    /** UTF-8 length without encoding: the limit counts bytes on the wire, the container counts characters. */
    static long utf8Length(CharSequence s) {
        long bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
