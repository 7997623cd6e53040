package io.parley.channel;

import io.parley.shared.InboxId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The settings a messaging platform's adapter needs for one inbox (an app id, its secret, a callback token, an AES
 * key…), as the administrator entered them, secrets included: what the adapter reads. Keys are the adapter's own
 * (docs/channels.md lists each channel's); a key whose name ends in {@code secret}, {@code token}, {@code key} or
 * {@code password} is a secret, never shown back.
 */
public record ChannelSettings(WorkspaceId workspace, InboxId inbox, ChannelType channel, Map<String, String> values,
                              Instant updatedAt) {

    private static final Pattern SECRET = Pattern.compile("(?i).*(secret|token|key|password)$");

    public ChannelSettings {
        values = Map.copyOf(values);
    }

    public Optional<String> value(String key) {
        return Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
    }

    /** The value, or {@code channel.setting-missing} naming the key. */
    public String required(String key) {
        return value(key).orElseThrow(() -> io.parley.shared.DomainException.invalid("channel.setting-missing",
                "the inbox's channel settings have no " + key));
    }

    public static boolean secret(String key) {
        return SECRET.matcher(key).matches();
    }
}
