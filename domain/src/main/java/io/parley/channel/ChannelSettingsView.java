package io.parley.channel;

import io.parley.shared.InboxId;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An inbox's channel settings as administrators see them: a secret's value is replaced by {@code "••••"} and its last
 * four characters.
 */
public record ChannelSettingsView(InboxId inboxId, ChannelType channel, Map<String, String> values,
                                  @Nullable Instant updatedAt) {}
