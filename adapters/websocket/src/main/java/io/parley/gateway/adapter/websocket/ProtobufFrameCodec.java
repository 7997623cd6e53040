package io.parley.gateway.adapter.websocket;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
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
        ClientFrame frame;
        try {
            // duplicate(): parsing must not move the position of a buffer someone else may read
            frame = ClientFrame.parseFrom(binary.getPayload().duplicate());
        } catch (InvalidProtocolBufferException e) {
            // what was read before the error may hold the request id, as it comes first in a frame written in order
            String requestId = e.getUnfinishedMessage() instanceof ClientFrame partial ? partial.getRequestId() : "";
            throw new MalformedFrameException("the binary frame is not a serialized parley.v1.ClientFrame")
                    .withRequestId(requestId);
        }
        requireKnownWireTypes(frame, frame.getRequestId());
        return MalformedFrameException.requireFrame(frame);
    }

    /**
     * A known field written with another wire type (a number where a string belongs) is kept by protobuf as an
     * unknown field and the field read as its default; here it is a malformed frame, as a wrong JSON type is.
     */
    private static void requireKnownWireTypes(Message message, String requestId) {
        Descriptor type = message.getDescriptorForType();
        for (int number : message.getUnknownFields().asMap().keySet()) {
            FieldDescriptor field = type.findFieldByNumber(number);
            if (field != null) {
                throw new MalformedFrameException(field.getFullName() + " has the wrong wire type")
                        .withRequestId(requestId);
            }
        }
        for (FieldDescriptor field : type.getFields()) {
            if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE && !field.isRepeated()
                    && message.hasField(field)) {
                requireKnownWireTypes((Message) message.getField(field), requestId);
            }
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
