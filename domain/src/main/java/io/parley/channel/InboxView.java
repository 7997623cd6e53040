package io.parley.channel;

import io.parley.shared.InboxId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * @param botFirst    whether new conversations go to the bot first: every {@code answerMode} but HUMANS_ONLY
 * @param vipHandOver whether a VIP visitor's conversation goes to a person at once, the bot never answering
 */
public record InboxView(InboxId id, WorkspaceId workspaceId, String name, ChannelType channel,
                        @Nullable String widgetKey, boolean botFirst, boolean enabled, Instant createdAt,
                        AnswerMode answerMode, boolean vipHandOver) {

    public InboxView(InboxId id, WorkspaceId workspaceId, String name, ChannelType channel, @Nullable String widgetKey,
                     boolean botFirst, boolean enabled, Instant createdAt) {
        this(id, workspaceId, name, channel, widgetKey, botFirst, enabled, createdAt, AnswerMode.ofBotFirst(botFirst),
                true);
    }
}
