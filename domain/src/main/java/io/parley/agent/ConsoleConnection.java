package io.parley.agent;

import io.parley.shared.AgentId;
import io.parley.shared.WorkspaceId;

/** One agent console connected to this node; {@code connectionId} is unique on the node. */
public record ConsoleConnection(WorkspaceId workspaceId, AgentId agentId, String connectionId) {}
