package io.parley.agent;

import io.parley.shared.AgentId;
import io.parley.shared.WorkspaceId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jspecify.annotations.Nullable;

/**
 * Tells this node's consoles that an agent's presence changed, wherever in the cluster it changed. Implemented by
 * the real-time gateway; best effort, like every push.
 */
@SecondaryPort
public interface PresenceNotifications {

    /** @param except the console connection that made the change, which needs no notice of it; null for none */
    void presenceChanged(WorkspaceId workspace, AgentId agent, PresenceStatus status, @Nullable String except);
}
