package io.parley.gateway.adapter.websocket;

import io.parley.gateway.protocol.ClientFrame;
import io.parley.gateway.protocol.ServerFrame;
import org.springframework.web.socket.WebSocketMessage;

/** The wire encoding of one subprotocol: WebSocket frames to {@link ClientFrame}, {@link ServerFrame} to frames. */
interface FrameCodec {

    /** The Sec-WebSocket-Protocol value that selects this encoding. */
    String subprotocol();

    /**
     * @throws MalformedFrameException for a frame of the other encoding, one that does not parse, or one that names
     *         no frame (empty oneof)
     */
    ClientFrame decode(WebSocketMessage<?> message);

    WebSocketMessage<?> encode(ServerFrame frame);

    /** Whether a client may ask for ids in their binary {@code *_bin} fields (Authenticate.binary_ids). */
    boolean carriesBinaryIds();
}
