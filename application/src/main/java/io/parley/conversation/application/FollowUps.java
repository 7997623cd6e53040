package io.parley.conversation.application;

import io.parley.agent.AgentPresence;
import io.parley.channel.WidgetSettings;
import io.parley.channel.WidgetSettingsAdministration;
import io.parley.conversation.Actor;
import io.parley.conversation.ConversationStatus;
import io.parley.conversation.MessageKind;
import io.parley.conversation.model.Conversation;
import io.parley.conversation.model.ReopenPolicy;
import io.parley.shared.AgentId;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A visitor writing to their resolved conversation: within the inbox's reopen window the conversation is reopened
 * (back to its agent when that agent is present, else to the queue) and takes the message; later the post is refused
 * with {@code conversation.closed} as before, and the visitor starts a new conversation.
 */
@Component
class FollowUps {

    private final WidgetSettingsAdministration widgets;
    private final AgentPresence presence;
    private final ConversationProperties properties;

    FollowUps(WidgetSettingsAdministration widgets, AgentPresence presence, ConversationProperties properties) {
        this.widgets = widgets;
        this.presence = presence;
        this.properties = properties;
    }

    /** Reopens the conversation when this post is a visitor's follow-up within the window; else leaves it as it is. */
    void reopenIfFollowUp(Conversation conversation, Actor actor, MessageKind kind, Instant now) {
        if (conversation.status() != ConversationStatus.RESOLVED || !(actor instanceof Actor.Visitor visitor)
                || kind != MessageKind.TEXT || !policy(conversation).reopens(conversation, now)) {
            return;
        }
        conversation.reopenForFollowUp(visitor.author(), present(conversation, conversation.assignee()), now);
    }

    ReopenPolicy policy(Conversation conversation) {
        Duration window = widgets.ofInbox(conversation.workspaceId(), conversation.inboxId())
                .map(WidgetSettings::reopenWindowHours).map(hours -> Duration.ofHours(hours))
                .orElse(properties.reopenWindow());
        return new ReopenPolicy(window);
    }

    private boolean present(Conversation conversation, @Nullable AgentId agent) {
        return agent != null && presence.presenceOf(conversation.workspaceId()).stream()
                .anyMatch(p -> p.agentId().equals(agent) && p.status().answers());
    }
}
