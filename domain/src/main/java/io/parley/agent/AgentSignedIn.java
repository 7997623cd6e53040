package io.parley.agent;

import io.parley.shared.AgentId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import org.jmolecules.event.types.DomainEvent;

public record AgentSignedIn(WorkspaceId workspaceId, AgentId agentId, Instant at) implements DomainEvent {}
