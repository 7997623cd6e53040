package io.parley.gateway.adapter.websocket;

import com.google.protobuf.ByteString;
import io.parley.conversation.Actor;
import io.parley.conversation.ClientMessageId;
import io.parley.conversation.ConversationMessaging;
import io.parley.conversation.ConversationView;
import io.parley.conversation.MessageKind;
import io.parley.conversation.PostMessage;
import io.parley.conversation.Posted;
import io.parley.gateway.protocol.Ack;
import io.parley.gateway.protocol.BinaryIds;
import io.parley.gateway.protocol.ConversationStarted;
import io.parley.gateway.protocol.SendMessage;
import io.parley.gateway.protocol.ServerFrame;
import io.parley.shared.ConversationId;
import io.parley.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * send and start_conversation: the frames that change what is stored, each answered once it is committed. They run
 * in flight ({@link InFlightFrames}), off the connection's inbound thread.
 */
@Component
class MessagingFrames {

    private final ConversationMessaging messaging;

    MessagingFrames(ConversationMessaging messaging) {
        this.messaging = messaging;
    }

    /** The conversation a send is for; its acks come in the order sent. */
    ConversationId conversation(SendMessage send) {
        return ConversationId.parse(id(send.getConversationId(), send.getConversationIdBin(), "conversation_id"));
    }

    /** Stores the message and acknowledges it once committed; runs in flight, so it may wait for the database. */
    void send(Connection connection, String requestId, ConversationId conversation, SendMessage send) {
        Actor actor = connection.actor();
        var clientMessageId = new ClientMessageId(
                id(send.getClientMessageId(), send.getClientMessageIdBin(), "client_message_id"));
        Posted posted = messaging.post(new PostMessage(actor, conversation, clientMessageId, kind(send),
                send.getBody()));
        var message = posted.message();
        connection.send(ServerFrame.newBuilder().setRequestId(requestId).setAck(Ack.newBuilder()
                .setConversationId(message.conversationId().toString())
                .setClientMessageId(message.clientMessageId())
                .setMessageId(message.id().toString())
                .setSequence(message.sequence())
                .setDuplicate(posted.duplicate())
                .setCreatedAtMs(message.createdAt().toEpochMilli())).build());
    }

    void start(Connection connection, String requestId) {
        if (!(connection.actor() instanceof Actor.Visitor visitor)) {
            throw DomainException.forbidden("frame.not-allowed",
                    "only visitors start conversations; agents answer the ones visitors start");
        }
        ConversationView started = messaging.start(visitor);
        connection.send(ServerFrame.newBuilder().setRequestId(requestId).setConversationStarted(
                ConversationStarted.newBuilder().setConversation(Frames.conversation(started))).build());
    }

    /** An id given as a string, as 16 bytes in its binary twin, or as both naming the same id; as text. */
    private static String id(String text, ByteString binary, String field) {
        try {
            return BinaryIds.text(text, binary, field);
        } catch (BinaryIds.InvalidIdException e) {
            throw DomainException.invalid("request.invalid-id", e.getMessage());
        }
    }

    private static MessageKind kind(SendMessage send) {
        return switch (send.getKind()) {
            case MESSAGE_KIND_UNSPECIFIED, MESSAGE_KIND_TEXT -> MessageKind.TEXT;
            case MESSAGE_KIND_NOTE -> MessageKind.NOTE;
            case UNRECOGNIZED -> throw DomainException.invalid("message.invalid-kind",
                    "kind must be MESSAGE_KIND_TEXT or MESSAGE_KIND_NOTE");
        };
    }
}
