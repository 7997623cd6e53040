package io.parley.conversation.application;

import io.parley.conversation.ConversationView;
import io.parley.conversation.MessageView;
import io.parley.conversation.model.Conversation;
import io.parley.conversation.model.Message;

final class Views {

    private Views() {}

    static ConversationView of(Conversation c) {
        return new ConversationView(c.getId(), c.workspaceId(), c.inboxId(), c.visitorId(), c.status(), c.assignee(),
                c.lastSequence(), c.createdAt(), c.updatedAt());
    }

    static MessageView of(Message m) {
        return new MessageView(m.id(), m.conversationId(), m.sequence(), m.clientMessageId().value(), m.author(),
                m.kind(), m.body().value(), m.createdAt());
    }
}
