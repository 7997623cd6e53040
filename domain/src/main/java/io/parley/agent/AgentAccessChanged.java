package io.parley.agent;

import io.parley.shared.AgentId;
import io.parley.shared.WorkspaceId;
import org.jmolecules.event.types.DomainEvent;

/**
 * What an agent's tokens allow changed: they signed out, were disabled, got a new password, or their role changed.
 * Connections of the agent that are open must be checked again against what is stored.
 */
public record AgentAccessChanged(WorkspaceId workspaceId, AgentId agentId) implements DomainEvent {}
