package io.parley.conversation.adapter.redis;

import io.parley.agent.AgentAccessNotifications;
import io.parley.agent.LocalAgentAccessNotifications;
import io.parley.shared.AgentId;
import io.parley.shared.WorkspaceId;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * Changes of an agent's access (signed out, disabled, new password, new role) for every node: this node's
 * connections first, then the other nodes through the stream, which check theirs within moments. When the stream
 * cannot carry it, the other nodes find the change at their next periodic check.
 */
@SecondaryAdapter
final class ClusterAgentAccess implements AgentAccessNotifications {

    private final LocalAgentAccessNotifications local;
    private final StreamPublisher publisher;

    ClusterAgentAccess(LocalAgentAccessNotifications local, StreamPublisher publisher) {
        this.local = local;
        this.publisher = publisher;
    }

    @Override
    public void accessChanged(WorkspaceId workspace, AgentId agent) {
        local.accessChanged(workspace, agent);
        publisher.publish(new ClusterEvent.AgentAccessChanged(workspace, agent));
    }
}
