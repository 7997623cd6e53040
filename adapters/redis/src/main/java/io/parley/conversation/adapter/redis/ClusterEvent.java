package io.parley.conversation.adapter.redis;

import io.parley.conversation.ConversationView;
import io.parley.conversation.LocalConversationNotifications;
import io.parley.conversation.MessageView;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;

/** What one node tells the others: a change it committed, to be handed to their own connections. */
sealed interface ClusterEvent {

    /** Hands the event to this node's connections. */
    void deliverTo(LocalConversationNotifications local);

    record MessagePosted(WorkspaceId workspace, VisitorId visitor, MessageView message) implements ClusterEvent {
        @Override
        public void deliverTo(LocalConversationNotifications local) {
            local.messagePosted(workspace, visitor, message);
        }
    }

    record ConversationChanged(ConversationView conversation) implements ClusterEvent {
        @Override
        public void deliverTo(LocalConversationNotifications local) {
            local.conversationChanged(conversation);
        }
    }
}
