package io.parley.conversation;

import io.parley.shared.ConversationId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import org.jmolecules.event.types.DomainEvent;

/** A resolved conversation was reopened and takes messages again. */
public record ConversationReopened(WorkspaceId workspaceId, ConversationId conversationId, Author reopenedBy, ConversationStatus status, Instant at) implements DomainEvent {}
