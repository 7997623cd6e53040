package io.parley.conversation;

import io.parley.shared.AgentId;
import io.parley.shared.ConversationId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import org.jmolecules.event.types.DomainEvent;

/** The conversation went back to the human queue: nobody has it until an agent claims it or is given it. */
public record ConversationUnassigned(WorkspaceId workspaceId, ConversationId conversationId, AgentId previousAssignee,
                                     Instant at) implements DomainEvent {}
