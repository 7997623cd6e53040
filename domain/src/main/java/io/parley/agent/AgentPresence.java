package io.parley.agent;

import io.parley.shared.WorkspaceId;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Whether anyone of a workspace could answer a visitor now. The real-time gateway knows: an agent is online while
 * their console holds a connection to it. Visitors' widgets ask before offering live chat or a message to leave.
 */
@PrimaryPort
public interface AgentPresence {

    boolean anyAgentOnline(WorkspaceId workspace);
}
