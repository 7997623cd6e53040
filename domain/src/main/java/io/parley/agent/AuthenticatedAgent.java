package io.parley.agent;

import io.parley.shared.AgentId;
import io.parley.shared.WorkspaceId;

/** An agent whose bearer token checked out. */
public record AuthenticatedAgent(AgentId agentId, WorkspaceId workspaceId, Role role, String displayName) {}
