package io.parley.conversation;

import io.parley.shared.ConversationId;
import io.parley.shared.InboxId;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import org.jmolecules.event.types.DomainEvent;

/** A visitor started a conversation; it waits for the bot or for a human. */
public record ConversationOpened(WorkspaceId workspaceId, ConversationId conversationId, InboxId inboxId, VisitorId visitorId, ConversationStatus status, Instant at) implements DomainEvent {}
