package io.parley.gateway.adapter.websocket;

import io.parley.gateway.protocol.ServerFrame;
import org.jspecify.annotations.Nullable;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.WebSocketMessage;

/**
 * A server frame sent to many connections: encoded once per variant its recipients need (an encoding, and for frames
 * with ids whether they go binary), rather than once per recipient, and only when a recipient needs it. Two racing
 * recipients may both encode it; the result is the same, so no lock is needed.
 */
final class SharedFrame {

    private record Encoded(FrameCodec codec, boolean binaryIds, WebSocketMessage<?> message) {

        boolean is(FrameCodec codec, boolean binaryIds) {
            return this.codec == codec && this.binaryIds == binaryIds;
        }
    }

    private final ServerFrame frame;
    private final boolean hasIds;
    // three variants at most: protobuf with string ids, protobuf with binary ids, JSON
    private volatile @Nullable Encoded first;
    private volatile @Nullable Encoded second;
    private volatile @Nullable Encoded third;

    SharedFrame(ServerFrame frame) {
        this.frame = frame;
        this.hasIds = BinaryIdFrames.carriesIds(frame);
    }

    ServerFrame frame() {
        return frame;
    }

    /** The frame's protobuf size, which every frame waiting for a client is measured by; computed once. */
    int size() {
        return frame.getSerializedSize();
    }

    /** @param binaryIds the recipient asked for binary ids; ignored for an encoding that does not carry them */
    WebSocketMessage<?> encodedWith(FrameCodec codec, boolean binaryIds) {
        // a frame without ids to move looks the same either way: one encoding serves both kinds of recipient
        boolean binary = binaryIds && hasIds && codec.carriesBinaryIds();
        Encoded cached = lookup(codec, binary);
        if (cached == null) {
            cached = new Encoded(codec, binary, codec.encode(binary ? BinaryIdFrames.withBinaryIds(frame) : frame));
            if (first == null) {
                first = cached;
            } else if (second == null) {
                second = cached;
            } else if (third == null) {
                third = cached;
            }
        }
        return independentCopy(cached.message());
    }

    private @Nullable Encoded lookup(FrameCodec codec, boolean binaryIds) {
        Encoded a = first;
        if (a != null && a.is(codec, binaryIds)) {
            return a;
        }
        Encoded b = second;
        if (b != null && b.is(codec, binaryIds)) {
            return b;
        }
        Encoded c = third;
        return c != null && c.is(codec, binaryIds) ? c : null;
    }

    /** Sending a binary frame consumes its buffer's position; every recipient needs a view of its own. */
    private static WebSocketMessage<?> independentCopy(WebSocketMessage<?> message) {
        return message instanceof BinaryMessage binary ? new BinaryMessage(binary.getPayload().duplicate()) : message;
    }
}
