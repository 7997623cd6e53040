package io.parley.agent;

import io.parley.shared.AgentId;
import io.parley.shared.WorkspaceId;
import org.jmolecules.event.types.DomainEvent;

/** An agent can be given conversations now: newly added to the workspace, or enabled again. */
public record AgentJoinedTeam(WorkspaceId workspaceId, AgentId agentId) implements DomainEvent {}
