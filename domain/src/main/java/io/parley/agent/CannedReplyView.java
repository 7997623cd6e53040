package io.parley.agent;

import io.parley.shared.AgentId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A canned reply as the agent asking for it sees it: {@code owner} is empty for a shared one, and {@code editable}
 * says whether this agent may change or delete it.
 */
public record CannedReplyView(CannedReplyId id, CannedReplyScope scope, @Nullable AgentId owner, String shortcut,
                              String text, boolean editable, Instant createdAt, Instant updatedAt) {}
