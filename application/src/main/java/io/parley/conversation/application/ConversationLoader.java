package io.parley.conversation.application;

import io.parley.conversation.Actor;
import io.parley.conversation.model.Conversation;
import io.parley.conversation.model.ConversationAccess;
import io.parley.conversation.port.Conversations;
import io.parley.shared.ConversationId;
import org.springframework.stereotype.Component;

/** Loads a conversation as an actor may see it: scoped to the actor's workspace, and to their own if a visitor. */
@Component
class ConversationLoader {

    private final Conversations conversations;

    ConversationLoader(Conversations conversations) {
        this.conversations = conversations;
    }

    Conversation visible(Actor actor, ConversationId id) {
        return conversations.findById(actor.workspaceId(), id)
                .map(c -> ConversationAccess.checkVisible(actor, c))
                .orElseThrow(ConversationAccess::notFound);
    }

    /** As {@link #visible} and locks the row until the transaction ends. */
    Conversation lockedVisible(Actor actor, ConversationId id) {
        return conversations.lockById(actor.workspaceId(), id)
                .map(c -> ConversationAccess.checkVisible(actor, c))
                .orElseThrow(ConversationAccess::notFound);
    }
}
