package io.parley.gateway.adapter.websocket;

import java.util.List;
import java.util.Optional;

/** The encodings the gateway speaks, by subprotocol name, in order of preference. */
final class FrameCodecs {

    private static final List<FrameCodec> ALL = List.of(new ProtobufFrameCodec(), new JsonFrameCodec());

    private FrameCodecs() {}

    static List<String> subprotocols() {
        return ALL.stream().map(FrameCodec::subprotocol).toList();
    }

    static Optional<FrameCodec> forSubprotocol(@org.jspecify.annotations.Nullable String subprotocol) {
        return ALL.stream().filter(codec -> codec.subprotocol().equals(subprotocol)).findFirst();
    }
}
