package io.parley.agent;

import io.parley.shared.AgentId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An agent as the workspace's own people see it; {@code avatarUrl} is a path on this server, or null for none. */
public record AgentView(AgentId id, WorkspaceId workspaceId, String email, String displayName, Role role,
                        boolean enabled, @Nullable String avatarUrl, Instant createdAt) {}
