package io.parley.conversation;

import io.parley.shared.ConversationId;
import io.parley.shared.InboxId;
import io.parley.shared.MessageId;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;

/** A reply by an agent or the bot, as it goes out through its conversation's channel to the visitor. */
public record OutgoingMessage(WorkspaceId workspace, InboxId inbox, ConversationId conversation, VisitorId visitor,
                              MessageId messageId, long sequence, Author author, String body, Instant createdAt) {}
