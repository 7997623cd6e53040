package io.parley.agent.model;

import io.parley.agent.Role;
import io.parley.shared.AgentId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;

/** A signed-in console: stored by the hash of its bearer token, so a database leak reveals no usable token. */
public record AgentSession(String tokenHash, AgentId agentId, WorkspaceId workspaceId, Role role, Instant issuedAt,
                           Instant expiresAt) {

    public boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
