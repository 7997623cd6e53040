package io.parley.conversation.application;

import io.parley.conversation.model.ReopenPolicy;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Conversations' lifecycle ({@code parley.conversation}).
 *
 * @param reopenWindow how long after a resolve a visitor's follow-up reopens the conversation instead of starting a
 *                     new one, for inboxes whose widget settings name no window of their own; 0 never reopens
 */
@ConfigurationProperties("parley.conversation")
public record ConversationProperties(@DefaultValue("24h") Duration reopenWindow) {

    public ConversationProperties {
        if (reopenWindow.isNegative() || reopenWindow.compareTo(ReopenPolicy.MAX_WINDOW) > 0) {
            throw new IllegalArgumentException("parley.conversation.reopen-window must be between 0 and 30 days");
        }
    }
}
