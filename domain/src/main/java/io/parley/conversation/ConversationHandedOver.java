package io.parley.conversation;

import io.parley.shared.ConversationId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import org.jmolecules.event.types.DomainEvent;

/** The bot stepped back: the conversation now waits in the human queue. */
public record ConversationHandedOver(WorkspaceId workspaceId, ConversationId conversationId, String reason, Instant at) implements DomainEvent {}
