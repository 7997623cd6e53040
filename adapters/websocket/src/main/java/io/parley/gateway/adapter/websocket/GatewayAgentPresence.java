package io.parley.gateway.adapter.websocket;

import io.parley.agent.AgentPresence;
import io.parley.shared.WorkspaceId;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.stereotype.Component;

/**
 * Presence as this node sees it: an agent whose console is connected here is online, whatever they announced
 * (away is a hint to colleagues, not a refusal to answer). Agents connected only to other nodes are not seen.
 */
@Component
@PrimaryAdapter
class GatewayAgentPresence implements AgentPresence {

    private final ConnectionRegistry registry;

    GatewayAgentPresence(ConnectionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public boolean anyAgentOnline(WorkspaceId workspace) {
        return !registry.agentsOf(workspace).isEmpty();
    }
}
