package io.parley.conversation.adapter.rest;

import io.parley.conversation.Actor;
import io.parley.conversation.ConversationFilter;
import io.parley.conversation.ConversationTag;
import io.parley.conversation.ConversationStatus;
import io.parley.conversation.HistoryQuery;
import io.parley.shared.AgentId;
import io.parley.shared.DomainException;
import io.parley.shared.InboxId;
import io.parley.shared.VisitorId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Query parameters as the domain's filter and history queries. */
final class ConversationParameters {

    static final String DEFAULT_HISTORY_LIMIT = "100";

    private ConversationParameters() {}

    static HistoryQuery history(long after, @Nullable Long before, int limit) {
        return new HistoryQuery(after, before, limit);
    }

    /** {@code assignee} is an agent id or {@code me}. */
    static ConversationFilter filter(Actor.Agent agent, @Nullable List<String> status, @Nullable String assignee,
            boolean unassigned, @Nullable String inbox, @Nullable String visitor, @Nullable String text,
            @Nullable String tag) {
        AgentId assigneeId = blank(assignee) ? null
                : "me".equalsIgnoreCase(assignee.strip()) ? agent.agentId() : AgentId.parse(assignee);
        return new ConversationFilter(statuses(status), assigneeId, unassigned,
                blank(inbox) ? null : InboxId.parse(inbox), blank(visitor) ? null : VisitorId.parse(visitor), text,
                blank(tag) ? null : new ConversationTag(tag));
    }

    private static Set<ConversationStatus> statuses(@Nullable List<String> values) {
        Set<ConversationStatus> statuses = EnumSet.noneOf(ConversationStatus.class);
        for (String value : values == null ? List.<String>of() : values) {
            if (value.isBlank()) {
                continue;
            }
            try {
                statuses.add(ConversationStatus.valueOf(value.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                throw DomainException.invalid("request.invalid-parameter", "status '" + value
                        + "' is unknown; use a comma-separated list of " + List.of(ConversationStatus.values()));
            }
        }
        return statuses;
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
