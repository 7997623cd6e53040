package io.parley.gateway.adapter.websocket;

import io.parley.conversation.Actor;
import io.parley.conversation.ConversationMessaging;
import io.parley.shared.ConversationId;
import io.parley.shared.DomainException;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The workspace of a conversation, which {@code ConversationNotifications.messagePosted} does not pass but agents'
 * delivery needs. Learnt from conversation changes and the gateway's own frames; otherwise from the visitor's open
 * connection; otherwise asked of the conversation API as an agent of each workspace with agents online (its
 * visibility rule answers for the right one only). Remembered for the most recent conversations.
 */
@Component
class ConversationWorkspaces {

    private static final int MAX = 100_000;

    private final ConnectionRegistry registry;
    private final ConversationMessaging messaging;
    private final Map<ConversationId, WorkspaceId> known = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ConversationId, WorkspaceId> eldest) {
            return size() > MAX;
        }
    };

    /** {@code @Lazy}: the conversation service calls back into the gateway for notifications; a proxy breaks the cycle. */
    ConversationWorkspaces(ConnectionRegistry registry, @Lazy ConversationMessaging messaging) {
        this.registry = registry;
        this.messaging = messaging;
    }

    void remember(ConversationId conversation, WorkspaceId workspace) {
        synchronized (known) {
            known.put(conversation, workspace);
        }
    }

    Optional<WorkspaceId> of(VisitorId visitor, ConversationId conversation) {
        synchronized (known) {
            WorkspaceId workspace = known.get(conversation);
            if (workspace != null) {
                return Optional.of(workspace);
            }
        }
        Optional<WorkspaceId> found = registry.workspaceOfVisitor(visitor).or(() -> probe(conversation));
        found.ifPresent(workspace -> remember(conversation, workspace));
        return found;
    }

    private Optional<WorkspaceId> probe(ConversationId conversation) {
        for (WorkspaceId workspace : registry.workspacesWithAgents()) {
            Optional<Actor> agent = registry.agentsOf(workspace).stream().findAny().map(Connection::actor);
            if (agent.isEmpty()) {
                continue;
            }
            try {
                messaging.get(agent.get(), conversation);
                return Optional.of(workspace);
            } catch (DomainException notInThisWorkspace) {
                // try the next workspace
            }
        }
        return Optional.empty();
    }
}
