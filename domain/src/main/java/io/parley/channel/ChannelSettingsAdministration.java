package io.parley.channel;

import io.parley.shared.InboxId;
import io.parley.shared.WorkspaceId;
import java.util.Map;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * The settings of the messaging platform behind an inbox (WeChat, DingTalk, Feishu): administrators write them,
 * the channel's adapter reads them. Another workspace's inbox is {@code channel.inbox-not-found}.
 */
@PrimaryPort
public interface ChannelSettingsAdministration {

    /** Keys: 1 to 40 letters or digits, starting with a letter; values: at most this many characters. */
    int MAX_VALUE = 2000;
    int MAX_KEYS = 20;

    /** The settings, secrets masked; empty values for an inbox that has none yet. */
    ChannelSettingsView get(WorkspaceId workspace, InboxId inbox);

    /**
     * Merges {@code changes} into the settings: a key given replaces its value, a key given an empty value is removed,
     * a key left out stays. {@code channel.not-platform-inbox} for a web-widget or API inbox;
     * {@code channel.invalid-setting} for a malformed key, an over-long value or too many keys.
     */
    ChannelSettingsView update(WorkspaceId workspace, InboxId inbox, Map<String, String> changes);

    /**
     * The settings of an enabled inbox of {@code channel}, for its adapter (a platform's callback names the inbox);
     * nothing for an unknown, disabled or other channel's inbox. Answers from a cache of a few seconds.
     */
    Optional<ChannelSettings> forAdapter(InboxId inbox, ChannelType channel);
}
