package io.parley.channel.adapter.jdbc;

import io.parley.channel.AnswerMode;
import io.parley.channel.ChannelType;
import io.parley.channel.model.Inbox;
import io.parley.channel.model.WidgetKey;
import io.parley.shared.InboxId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** {@code bot_first} is stored beside the answer mode for readers of the table; the mode decides it. */
@Table("inbox")
record InboxRow(@Id UUID id, UUID workspaceId, String name, ChannelType channel, @Nullable String widgetKey,
                boolean botFirst, AnswerMode answerMode, boolean vipHandOver, boolean enabled, Instant createdAt) {

    static InboxRow of(Inbox inbox) {
        var key = inbox.widgetKey();
        return new InboxRow(inbox.getId().value(), inbox.workspaceId().value(), inbox.name(), inbox.channel(),
                key == null ? null : key.value(), inbox.botFirst(), inbox.answerMode(), inbox.vipHandOver(),
                inbox.enabled(), inbox.createdAt());
    }

    Inbox toInbox() {
        return new Inbox(new InboxId(id), new WorkspaceId(workspaceId), name, channel,
                widgetKey == null ? null : new WidgetKey(widgetKey), answerMode, vipHandOver, enabled, createdAt);
    }
}
