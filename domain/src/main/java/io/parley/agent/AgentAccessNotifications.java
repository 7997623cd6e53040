package io.parley.agent;

import io.parley.shared.AgentId;
import io.parley.shared.WorkspaceId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Tells every node's open connections that an agent's access changed (signed out, disabled, new password, new role),
 * after the change is committed: each node checks the agent's connections against what is stored, closes those whose
 * token no longer holds and gives the others the agent's current role. Implemented by the real-time gateway (this
 * node) and, in a cluster, by an adapter that also forwards to the other nodes. Never blocks.
 */
@SecondaryPort
public interface AgentAccessNotifications {

    void accessChanged(WorkspaceId workspace, AgentId agent);
}
