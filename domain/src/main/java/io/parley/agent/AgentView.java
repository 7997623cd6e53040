package io.parley.agent;

import io.parley.shared.AgentId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;

public record AgentView(AgentId id, WorkspaceId workspaceId, String email, String displayName, Role role,
                        boolean enabled, Instant createdAt) {}
