package io.parley.gateway.adapter.websocket;

import io.parley.gateway.protocol.ServerFrame;
import org.jspecify.annotations.Nullable;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.WebSocketMessage;

/**
 * A server frame sent to many connections: encoded once per encoding rather than once per recipient. Two racing
 * recipients may both encode it; the result is the same, so no lock is needed.
 */
final class SharedFrame {

    private record Encoded(FrameCodec codec, WebSocketMessage<?> message) {}

    private final ServerFrame frame;
    private volatile @Nullable Encoded first;
    private volatile @Nullable Encoded second;

    SharedFrame(ServerFrame frame) {
        this.frame = frame;
    }

    ServerFrame frame() {
        return frame;
    }

    WebSocketMessage<?> encodedWith(FrameCodec codec) {
        Encoded cached = lookup(codec);
        if (cached == null) {
            cached = new Encoded(codec, codec.encode(frame));
            if (first == null) {
                first = cached;
            } else if (second == null) {
                second = cached;
            }
        }
        return independentCopy(cached.message());
    }

    private @Nullable Encoded lookup(FrameCodec codec) {
        Encoded a = first;
        if (a != null && a.codec() == codec) {
            return a;
        }
        Encoded b = second;
        return b != null && b.codec() == codec ? b : null;
    }

    /** Sending a binary frame consumes its buffer's position; every recipient needs a view of its own. */
    private static WebSocketMessage<?> independentCopy(WebSocketMessage<?> message) {
        return message instanceof BinaryMessage binary ? new BinaryMessage(binary.getPayload().duplicate()) : message;
    }
}
