package io.parley.gateway.adapter.websocket;

import com.google.protobuf.InvalidProtocolBufferException;
import io.parley.gateway.protocol.ClientFrame;
import io.parley.gateway.protocol.ServerFrame;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.WebSocketMessage;

/** {@code parley.v1.proto}: each binary frame is one serialized ClientFrame or ServerFrame. */
final class ProtobufFrameCodec implements FrameCodec {

    static final String SUBPROTOCOL = "parley.v1.proto";

    @Override
    public String subprotocol() {
        return SUBPROTOCOL;
    }

    @Override
    public ClientFrame decode(WebSocketMessage<?> message) {
        if (!(message instanceof BinaryMessage binary)) {
            throw new MalformedFrameException("subprotocol " + SUBPROTOCOL + " takes binary frames only");
        }
        try {
            // duplicate(): parsing must not move the position of a buffer someone else may read
            return MalformedFrameException.requireFrame(ClientFrame.parseFrom(binary.getPayload().duplicate()));
        } catch (InvalidProtocolBufferException e) {
            throw new MalformedFrameException("the binary frame is not a serialized parley.v1.ClientFrame");
        }
    }

    @Override
    public WebSocketMessage<?> encode(ServerFrame frame) {
        return new BinaryMessage(frame.toByteArray());
    }

    @Override
    public boolean carriesBinaryIds() {
        return true;
    }
}
