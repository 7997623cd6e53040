package io.parley.agent;

import io.parley.shared.AgentId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import org.jmolecules.event.types.DomainEvent;

/** Raised when repeated wrong passwords lock an agent out; a supervisor may want to know. */
public record AgentLockedOut(WorkspaceId workspaceId, AgentId agentId, Instant until) implements DomainEvent {}
