package io.parley.gateway;

import io.parley.gateway.protocol.ClientFrame;
import io.parley.gateway.protocol.MessageKind;
import io.parley.gateway.protocol.Resume;
import io.parley.gateway.protocol.SendMessage;
import io.parley.gateway.protocol.ServerFrame;
import io.parley.gateway.protocol.StartConversation;
import java.util.function.Predicate;

final class Frames {

    private Frames() {}

    static ClientFrame.Builder send(String conversation, String clientId, String body) {
        return send(conversation, clientId, body, MessageKind.MESSAGE_KIND_TEXT);
    }

    static ClientFrame.Builder send(String conversation, String clientId, String body, MessageKind kind) {
        return ClientFrame.newBuilder().setSend(SendMessage.newBuilder().setConversationId(conversation)
                .setClientMessageId(clientId).setBody(body).setKind(kind));
    }

    static ClientFrame.Builder start() {
        return ClientFrame.newBuilder().setStartConversation(StartConversation.getDefaultInstance());
    }

    static ClientFrame.Builder resume(String conversation, long after) {
        return ClientFrame.newBuilder().setResume(Resume.newBuilder().setConversationId(conversation)
                .setAfterSequence(after));
    }

    static Predicate<ServerFrame> messageIn(String conversation) {
        return f -> f.hasMessage() && f.getMessage().getMessage().getConversationId().equals(conversation);
    }

    static Predicate<ServerFrame> messageIn(String conversation, long sequence) {
        return f -> messageIn(conversation).test(f) && f.getMessage().getMessage().getSequence() == sequence;
    }
}
