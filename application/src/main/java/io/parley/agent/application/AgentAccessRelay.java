package io.parley.agent.application;

import io.parley.agent.AgentAccessChanged;
import io.parley.agent.AgentAccessNotifications;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hands a change of an agent's access to the connections of every node once it is committed (at once when it
 * happened outside a transaction, as a sign-out does), so that they check it against what is stored.
 */
@Component
class AgentAccessRelay {

    private final AgentAccessNotifications notifications;

    AgentAccessRelay(AgentAccessNotifications notifications) {
        this.notifications = notifications;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AgentAccessChanged changed) {
        notifications.accessChanged(changed.workspaceId(), changed.agentId());
    }
}
