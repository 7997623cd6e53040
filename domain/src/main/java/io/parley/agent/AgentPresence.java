package io.parley.agent;

import io.parley.shared.WorkspaceId;
import java.util.List;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Who of a workspace could answer now, across every node of the cluster: an agent is present while a console of
 * theirs holds a connection to any node. Visitors' widgets ask before offering live chat or a message to leave.
 */
@PrimaryPort
public interface AgentPresence {

    /** Whether an agent of the workspace is connected anywhere and has not announced {@link PresenceStatus#OFFLINE}. */
    boolean anyAgentOnline(WorkspaceId workspace);

    /** Every enabled agent of the workspace with their presence, offline ones included. */
    List<PresenceView> presenceOf(WorkspaceId workspace);
}
