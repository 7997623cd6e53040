package io.parley.gateway.adapter.websocket;

import io.parley.gateway.protocol.Authenticate;
import io.parley.gateway.protocol.ClientFrame;
import java.util.List;
import java.util.Optional;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.TextMessage;

/** The encodings the gateway speaks, by subprotocol name, in order of preference. */
final class FrameCodecs {

    private static final List<FrameCodec> ALL = List.of(new ProtobufFrameCodec(), new JsonFrameCodec());

    static {
        warmUp();
    }

    private FrameCodecs() {}

    /**
     * Reads and writes a frame in each encoding once, when the endpoint is set up: otherwise the first client after a
     * start would wait while the JSON and protobuf machinery loads, on the time its authentication may take.
     */
    private static void warmUp() {
        var sample = ClientFrame.newBuilder().setRequestId("warm-up")
                .setAuthenticate(Authenticate.newBuilder().setAgentToken("-")).build();
        for (FrameCodec codec : ALL) {
            codec.decode(codec.carriesBinaryIds() ? new BinaryMessage(sample.toByteArray())
                    : new TextMessage("{\"requestId\":\"warm-up\",\"authenticate\":{\"agentToken\":\"-\"}}"));
            codec.encode(Frames.error("warm-up", "warm.up", "-", false));
        }
    }

    static List<String> subprotocols() {
        return ALL.stream().map(FrameCodec::subprotocol).toList();
    }

    static Optional<FrameCodec> forSubprotocol(@org.jspecify.annotations.Nullable String subprotocol) {
        return ALL.stream().filter(codec -> codec.subprotocol().equals(subprotocol)).findFirst();
    }
}
