package io.parley.webhook;

import io.parley.shared.DomainException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The events an endpoint can subscribe to, by the name they carry in a payload's {@code type}. */
public enum WebhookEventType {

    MESSAGE_CREATED("message.created", "A message (or an internal note) was stored in a conversation"),
    CONVERSATION_CREATED("conversation.created", "A visitor started a conversation"),
    CONVERSATION_ASSIGNED("conversation.assigned", "An agent took, was given or was transferred a conversation"),
    CONVERSATION_UNASSIGNED("conversation.unassigned", "A conversation went back to the human queue"),
    CONVERSATION_RESOLVED("conversation.resolved", "A conversation was resolved"),
    CONVERSATION_REOPENED("conversation.reopened", "A resolved conversation was reopened"),
    CONVERSATION_HANDED_OVER("conversation.handed_over", "The bot handed a conversation over to the agents"),
    CONVERSATION_RATED("conversation.rated", "The visitor rated a resolved conversation (CSAT), or changed the rating");

    private final String wireName;
    private final String description;

    WebhookEventType(String wireName, String description) {
        this.wireName = wireName;
        this.description = description;
    }

    public String wireName() {
        return wireName;
    }

    public String description() {
        return description;
    }

    /** @throws DomainException {@code webhook.event-unknown} for a name no event has */
    public static WebhookEventType parse(@Nullable String name) {
        if (name != null) {
            String wanted = name.strip().toLowerCase(Locale.ROOT);
            for (WebhookEventType type : values()) {
                if (type.wireName.equals(wanted)) {
                    return type;
                }
            }
        }
        throw DomainException.invalid("webhook.event-unknown", "'" + name + "' is not an event; known events: "
                + Arrays.stream(values()).map(WebhookEventType::wireName).collect(Collectors.joining(", ")));
    }
}
