package io.parley.conversation;

import io.parley.shared.ConversationId;
import io.parley.shared.MessageId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import org.jmolecules.event.types.DomainEvent;

/**
 * A visitor wrote a text message in a conversation the bot has: the bot's turn. Raised apart from
 * {@link MessagePosted} so that only bot conversations pay for the durable hand-off to the bot (a row in the event
 * publication registry per listener); conversations with humans do not.
 */
public record VisitorWroteToBot(WorkspaceId workspaceId, ConversationId conversationId, MessageId messageId,
                                long sequence, String body, Instant at) implements DomainEvent {}
