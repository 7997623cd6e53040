package io.parley.conversation;

import io.parley.shared.AgentId;
import io.parley.shared.ConversationId;
import io.parley.shared.InboxId;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

public record ConversationView(ConversationId id, WorkspaceId workspaceId, InboxId inboxId, VisitorId visitorId,
                               ConversationStatus status, @Nullable AgentId assignee, long lastSequence,
                               Instant createdAt, Instant updatedAt) {}
