package io.parley.conversation;

import io.parley.shared.AgentId;
import io.parley.shared.InboxId;
import io.parley.shared.VisitorId;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which conversations an agent lists. Empty {@code statuses} means every status; {@code unassignedOnly} and
 * {@code assignee} exclude each other.
 */
public record ConversationFilter(Set<ConversationStatus> statuses, @Nullable AgentId assignee, boolean unassignedOnly,
                                 @Nullable InboxId inbox, @Nullable VisitorId visitor) {

    public static final ConversationFilter ALL = new ConversationFilter(Set.of(), null, false, null, null);

    public ConversationFilter {
        statuses = Set.copyOf(statuses);
        if (unassignedOnly && assignee != null) {
            throw io.parley.shared.DomainException.invalid("conversation.invalid-filter",
                    "ask for unassigned conversations or for one assignee's, not both");
        }
    }
}
