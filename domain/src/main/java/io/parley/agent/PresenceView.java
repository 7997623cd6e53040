package io.parley.agent;

import io.parley.shared.AgentId;
import org.jspecify.annotations.Nullable;

/** One colleague in the console's presence list. */
public record PresenceView(AgentId agentId, String displayName, @Nullable String avatarUrl, PresenceStatus status) {}
