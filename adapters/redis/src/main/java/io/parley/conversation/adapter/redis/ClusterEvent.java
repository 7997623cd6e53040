package io.parley.conversation.adapter.redis;

import io.parley.agent.LocalAgentAccessNotifications;
import io.parley.conversation.Author;
import io.parley.conversation.ConversationView;
import io.parley.conversation.LocalConversationNotifications;
import io.parley.conversation.LocalConversationSignals;
import io.parley.conversation.MessageView;
import io.parley.shared.AgentId;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;

/**
 * What one node tells the others: a change it committed, a signal it relays (typing, read up to), or that an agent's
 * access changed, to be handed to their own connections.
 */
sealed interface ClusterEvent {

    /** Hands the event to this node's connections. */
    void deliverTo(LocalConversationNotifications notifications, LocalConversationSignals signals,
                   LocalAgentAccessNotifications access);

    record MessagePosted(WorkspaceId workspace, VisitorId visitor, MessageView message) implements ClusterEvent {
        @Override
        public void deliverTo(LocalConversationNotifications notifications, LocalConversationSignals signals,
                              LocalAgentAccessNotifications access) {
            notifications.messagePosted(workspace, visitor, message);
        }
    }

    record ConversationChanged(ConversationView conversation) implements ClusterEvent {
        @Override
        public void deliverTo(LocalConversationNotifications notifications, LocalConversationSignals signals,
                              LocalAgentAccessNotifications access) {
            notifications.conversationChanged(conversation);
        }
    }

    record Typing(ConversationView conversation, Author author, boolean typing) implements ClusterEvent {
        @Override
        public void deliverTo(LocalConversationNotifications notifications, LocalConversationSignals signals,
                              LocalAgentAccessNotifications access) {
            signals.typing(conversation, author, typing);
        }
    }

    record Read(ConversationView conversation, Author author, long sequence) implements ClusterEvent {
        @Override
        public void deliverTo(LocalConversationNotifications notifications, LocalConversationSignals signals,
                              LocalAgentAccessNotifications access) {
            signals.read(conversation, author, sequence);
        }
    }

    /**
     * The node that wrote this lost some of its events on the way to the stream (Redis away, its send queue full):
     * the other nodes catch their clients up on what was committed since {@code since}, from PostgreSQL.
     */
    record Gap(Instant since) implements ClusterEvent {
        @Override
        public void deliverTo(LocalConversationNotifications notifications, LocalConversationSignals signals,
                              LocalAgentAccessNotifications access) {
            // not for connections: the reader hands it to the catch-up
        }
    }

    record AgentAccessChanged(WorkspaceId workspace, AgentId agent) implements ClusterEvent {
        @Override
        public void deliverTo(LocalConversationNotifications notifications, LocalConversationSignals signals,
                              LocalAgentAccessNotifications access) {
            access.accessChanged(workspace, agent);
        }
    }
}
