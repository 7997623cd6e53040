package io.parley.conversation;

import io.parley.shared.ConversationId;
import io.parley.shared.InboxId;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

/** The visitor rated a resolved conversation (CSAT), or changed their rating. */
public record ConversationRated(WorkspaceId workspaceId, ConversationId conversationId, InboxId inboxId,
                                VisitorId visitorId, int score, @Nullable String comment, Instant at)
        implements DomainEvent {}
