package io.parley.gateway.adapter.websocket;

import com.google.protobuf.ByteString;
import io.parley.gateway.protocol.Ack;
import io.parley.gateway.protocol.BinaryIds;
import io.parley.gateway.protocol.Message;
import io.parley.gateway.protocol.ServerFrame;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Ack and Message frames as connections that asked for binary ids get them: each UUID id moved from its string field
 * to its {@code *_bin} twin. An id that is not a UUID in canonical form (a client message id such as
 * {@code web-7f3a-0001}) stays a string, since its binary form would not give it back.
 */
final class BinaryIdFrames {

    private BinaryIdFrames() {}

    /** Whether the frame has ids that binary-ids connections get in another form. */
    static boolean carriesIds(ServerFrame frame) {
        return frame.hasAck() || frame.hasMessage();
    }

    static ServerFrame withBinaryIds(ServerFrame frame) {
        return switch (frame.getFrameCase()) {
            case ACK -> frame.toBuilder().setAck(withBinaryIds(frame.getAck())).build();
            case MESSAGE -> frame.toBuilder().setMessage(frame.getMessage().toBuilder()
                    .setMessage(withBinaryIds(frame.getMessage().getMessage()))).build();
            default -> frame;
        };
    }

    private static Ack withBinaryIds(Ack ack) {
        var binary = ack.toBuilder();
        move(ack.getConversationId(), binary::setConversationIdBin, binary::clearConversationId);
        move(ack.getClientMessageId(), binary::setClientMessageIdBin, binary::clearClientMessageId);
        move(ack.getMessageId(), binary::setMessageIdBin, binary::clearMessageId);
        return binary.build();
    }

    private static Message withBinaryIds(Message message) {
        var binary = message.toBuilder();
        move(message.getId(), binary::setIdBin, binary::clearId);
        move(message.getConversationId(), binary::setConversationIdBin, binary::clearConversationId);
        move(message.getClientMessageId(), binary::setClientMessageIdBin, binary::clearClientMessageId);
        move(message.getAuthorId(), binary::setAuthorIdBin, binary::clearAuthorId);
        return binary.build();
    }

    private static void move(String id, Consumer<ByteString> setBinary, Runnable clearString) {
        if (BinaryIds.isCanonical(id)) {
            setBinary.accept(BinaryIds.of(UUID.fromString(id)));
            clearString.run();
        }
    }
}
