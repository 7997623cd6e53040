package io.parley.conversation;

import io.parley.shared.ConversationId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import org.jmolecules.event.types.DomainEvent;

/** The conversation was resolved; it takes no new messages until reopened. */
public record ConversationResolved(WorkspaceId workspaceId, ConversationId conversationId, Author resolvedBy, Instant at) implements DomainEvent {}
