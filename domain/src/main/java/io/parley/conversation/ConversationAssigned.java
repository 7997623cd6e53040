package io.parley.conversation;

import io.parley.shared.AgentId;
import io.parley.shared.ConversationId;
import io.parley.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;
import java.time.Instant;
import org.jmolecules.event.types.DomainEvent;

/** A human agent took the conversation, was given it, or had it transferred to them. */
public record ConversationAssigned(WorkspaceId workspaceId, ConversationId conversationId, AgentId assignee, @Nullable AgentId previousAssignee, Instant at) implements DomainEvent {}
