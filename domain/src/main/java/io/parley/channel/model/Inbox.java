package io.parley.channel.model;

import io.parley.channel.AnswerMode;
import io.parley.channel.ChannelType;
import io.parley.shared.DomainException;
import io.parley.shared.InboxId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jspecify.annotations.Nullable;

/**
 * Where conversations of one channel arrive in a workspace. A web-widget inbox has a {@link WidgetKey}; its
 * {@link AnswerMode} says whether new conversations go to the bot first and how the bot answers, and whether a VIP
 * visitor skips the bot.
 */
public class Inbox implements AggregateRoot<Inbox, InboxId> {

    public static final int MAX_NAME = 80;

    private final InboxId id;
    private final WorkspaceId workspaceId;
    private String name;
    private final ChannelType channel;
    private final @Nullable WidgetKey widgetKey;
    private AnswerMode answerMode;
    private boolean vipHandOver;
    private boolean enabled;
    private final Instant createdAt;

    public Inbox(InboxId id, WorkspaceId workspaceId, String name, ChannelType channel, @Nullable WidgetKey widgetKey,
                 boolean botFirst, boolean enabled, Instant createdAt) {
        this(id, workspaceId, name, channel, widgetKey, AnswerMode.ofBotFirst(botFirst), true, enabled, createdAt);
    }

    public Inbox(InboxId id, WorkspaceId workspaceId, String name, ChannelType channel, @Nullable WidgetKey widgetKey,
                 AnswerMode answerMode, boolean vipHandOver, boolean enabled, Instant createdAt) {
        this.id = Objects.requireNonNull(id);
        this.workspaceId = Objects.requireNonNull(workspaceId);
        this.name = checkedName(name);
        this.channel = Objects.requireNonNull(channel);
        if ((channel == ChannelType.WEB_WIDGET) != (widgetKey != null)) {
            throw DomainException.invalid("channel.widget-key", "a widget key belongs to web-widget inboxes only, and each has one");
        }
        this.widgetKey = widgetKey;
        this.answerMode = Objects.requireNonNull(answerMode);
        this.vipHandOver = vipHandOver;
        this.enabled = enabled;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public static Inbox open(WorkspaceId workspace, String name, ChannelType channel, boolean botFirst, Instant now) {
        return open(workspace, name, channel, AnswerMode.ofBotFirst(botFirst), now);
    }

    public static Inbox open(WorkspaceId workspace, String name, ChannelType channel, AnswerMode mode, Instant now) {
        WidgetKey key = channel == ChannelType.WEB_WIDGET ? WidgetKey.generate() : null;
        return new Inbox(InboxId.random(), workspace, name, channel, key, mode, true, true, now);
    }

    public void rename(String newName) {
        this.name = checkedName(newName);
    }

    public void routeToBotFirst(boolean botFirst) {
        if (botFirst != this.answerMode.botFirst()) {
            this.answerMode = AnswerMode.ofBotFirst(botFirst);
        }
    }

    public void answerIn(AnswerMode mode) {
        this.answerMode = Objects.requireNonNull(mode);
    }

    /** On, a VIP visitor's conversation goes to a person at once; off, VIP visitors talk to the bot like anyone. */
    public void handVipsOver(boolean on) {
        this.vipHandOver = on;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    /** Refuses new conversations on a disabled inbox. */
    public void checkAcceptsConversations() {
        if (!enabled) {
            throw DomainException.forbidden("channel.inbox-disabled", "this inbox is disabled and takes no new conversations");
        }
    }

    private static String checkedName(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty() || text.length() > MAX_NAME) {
            throw DomainException.invalid("channel.invalid-name", "an inbox name needs 1 to " + MAX_NAME + " characters");
        }
        return text;
    }

    @Override
    public InboxId getId() {
        return id;
    }

    public WorkspaceId workspaceId() {
        return workspaceId;
    }

    public String name() {
        return name;
    }

    public ChannelType channel() {
        return channel;
    }

    public @Nullable WidgetKey widgetKey() {
        return widgetKey;
    }

    public boolean botFirst() {
        return answerMode.botFirst();
    }

    public AnswerMode answerMode() {
        return answerMode;
    }

    public boolean vipHandOver() {
        return vipHandOver;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
