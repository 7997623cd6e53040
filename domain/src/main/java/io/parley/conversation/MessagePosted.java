package io.parley.conversation;

import io.parley.shared.ConversationId;
import io.parley.shared.InboxId;
import io.parley.shared.MessageId;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import org.jmolecules.event.types.DomainEvent;

/** A message was stored with its sequence number. Carries the body: listeners such as the bot need it. */
public record MessagePosted(WorkspaceId workspaceId, ConversationId conversationId, InboxId inboxId, VisitorId visitorId,
                            MessageId messageId, long sequence, Author author, MessageKind kind, String body, Instant at)
        implements DomainEvent {}
