package io.parley.conversation;

import io.parley.shared.AgentId;
import io.parley.shared.DomainException;
import io.parley.shared.InboxId;
import io.parley.shared.VisitorId;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which conversations an agent lists. Empty {@code statuses} means every status; {@code unassignedOnly} and
 * {@code assignee} exclude each other. {@code text}, when given, must occur (ignoring case) in the visitor's name or
 * e-mail address or in one of the conversation's messages; {@code tag}, when given, must be among its tags.
 */
public record ConversationFilter(Set<ConversationStatus> statuses, @Nullable AgentId assignee, boolean unassignedOnly,
                                 @Nullable InboxId inbox, @Nullable VisitorId visitor, @Nullable String text,
                                 @Nullable ConversationTag tag) {

    public static final int MAX_TEXT = 200;
    public static final ConversationFilter ALL = new ConversationFilter(Set.of(), null, false, null, null);

    public ConversationFilter {
        statuses = Set.copyOf(statuses);
        if (unassignedOnly && assignee != null) {
            throw DomainException.invalid("conversation.invalid-filter",
                    "ask for unassigned conversations or for one assignee's, not both");
        }
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > MAX_TEXT) {
            throw DomainException.invalid("conversation.invalid-search",
                    "search for at most " + MAX_TEXT + " characters");
        }
    }

    /** Without a text to search for. */
    public ConversationFilter(Set<ConversationStatus> statuses, @Nullable AgentId assignee, boolean unassignedOnly,
                              @Nullable InboxId inbox, @Nullable VisitorId visitor) {
        this(statuses, assignee, unassignedOnly, inbox, visitor, null, null);
    }
}
