package io.parley.agent.model;

import io.parley.agent.PresenceStatus;
import io.parley.shared.AgentId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import java.util.Objects;

/** An agent's presence as one node holds it: what they announced there, and when. */
public record PresenceRecord(WorkspaceId workspaceId, AgentId agentId, PresenceStatus status, Instant changedAt) {

    public PresenceRecord {
        Objects.requireNonNull(workspaceId);
        Objects.requireNonNull(agentId);
        Objects.requireNonNull(status);
        Objects.requireNonNull(changedAt);
    }
}
