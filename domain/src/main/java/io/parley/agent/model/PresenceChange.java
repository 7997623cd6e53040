package io.parley.agent.model;

import io.parley.agent.PresenceStatus;
import io.parley.shared.AgentId;
import io.parley.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;

/** An agent's presence as the whole cluster sees it became {@code status}; {@code except} caused it. */
public record PresenceChange(WorkspaceId workspaceId, AgentId agentId, PresenceStatus status,
                             @Nullable String except) {}
