package io.parley.gateway.adapter.websocket;

import io.parley.agent.LocalAgentAccessNotifications;
import io.parley.shared.AgentId;
import io.parley.shared.WorkspaceId;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.stereotype.Component;

/** Hears that an agent's access changed, on this node or another, and has their connections here checked. */
@SecondaryAdapter
@Component
class AgentAccessNotices implements LocalAgentAccessNotifications {

    private final AgentAccessChecks checks;

    AgentAccessNotices(AgentAccessChecks checks) {
        this.checks = checks;
    }

    @Override
    public void accessChanged(WorkspaceId workspace, AgentId agent) {
        checks.accessChanged(workspace, agent);
    }
}
