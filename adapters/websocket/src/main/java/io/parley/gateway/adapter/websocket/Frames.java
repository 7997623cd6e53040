package io.parley.gateway.adapter.websocket;

import io.parley.conversation.Author;
import io.parley.conversation.ConversationView;
import io.parley.conversation.MessageView;
import io.parley.gateway.protocol.AuthorKind;
import io.parley.gateway.protocol.Conversation;
import io.parley.gateway.protocol.ConversationStatus;
import io.parley.gateway.protocol.Error;
import io.parley.gateway.protocol.Message;
import io.parley.gateway.protocol.MessageDelivered;
import io.parley.gateway.protocol.MessageKind;
import io.parley.gateway.protocol.ServerFrame;

/** Domain views to wire frames. */
final class Frames {

    private Frames() {}

    static ServerFrame error(String requestId, String code, String message, boolean fatal) {
        return ServerFrame.newBuilder().setRequestId(requestId)
                .setError(Error.newBuilder().setCode(code).setMessage(message).setFatal(fatal)).build();
    }

    static ServerFrame delivered(MessageView message, boolean replay) {
        return ServerFrame.newBuilder()
                .setMessage(MessageDelivered.newBuilder().setMessage(message(message)).setReplay(replay)).build();
    }

    static Message message(MessageView m) {
        var author = m.author();
        var profile = m.authorProfile();
        return Message.newBuilder()
                .setId(m.id().toString())
                .setConversationId(m.conversationId().toString())
                .setSequence(m.sequence())
                .setClientMessageId(m.clientMessageId())
                .setAuthorKind(authorKind(author))
                .setAuthorId(author.id() == null ? "" : author.id())
                .setKind(m.kind() == io.parley.conversation.MessageKind.NOTE ? MessageKind.MESSAGE_KIND_NOTE
                        : MessageKind.MESSAGE_KIND_TEXT)
                .setBody(m.body())
                .setCreatedAtMs(m.createdAt().toEpochMilli())
                .setAuthorName(profile == null ? "" : profile.name())
                .setAuthorAvatarUrl(profile == null || profile.avatarUrl() == null ? "" : profile.avatarUrl())
                .build();
    }

    static Conversation conversation(ConversationView c) {
        return Conversation.newBuilder()
                .setId(c.id().toString())
                .setInboxId(c.inboxId().toString())
                .setVisitorId(c.visitorId().toString())
                .setStatus(status(c.status()))
                .setAssigneeId(c.assignee() == null ? "" : c.assignee().toString())
                .setLastSequence(c.lastSequence())
                .setCreatedAtMs(c.createdAt().toEpochMilli())
                .setUpdatedAtMs(c.updatedAt().toEpochMilli())
                .build();
    }

    static AuthorKind authorKind(Author author) {
        return switch (author.kind()) {
            case VISITOR -> AuthorKind.AUTHOR_KIND_VISITOR;
            case AGENT -> AuthorKind.AUTHOR_KIND_AGENT;
            case BOT -> AuthorKind.AUTHOR_KIND_BOT;
            case SYSTEM -> AuthorKind.AUTHOR_KIND_SYSTEM;
        };
    }

    static ConversationStatus status(io.parley.conversation.ConversationStatus status) {
        return switch (status) {
            case BOT -> ConversationStatus.CONVERSATION_STATUS_BOT;
            case WAITING -> ConversationStatus.CONVERSATION_STATUS_WAITING;
            case ASSIGNED -> ConversationStatus.CONVERSATION_STATUS_ASSIGNED;
            case RESOLVED -> ConversationStatus.CONVERSATION_STATUS_RESOLVED;
        };
    }
}
