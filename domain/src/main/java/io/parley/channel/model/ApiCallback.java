package io.parley.channel.model;

import io.parley.shared.InboxId;
import io.parley.shared.WebhookSecret;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import java.util.Objects;

/**
 * Where an API inbox's outgoing messages go: agents' and the bot's replies are POSTed to {@code url}, signed as
 * Standard Webhooks with {@code secret}.
 */
public record ApiCallback(WorkspaceId workspace, InboxId inbox, String url, WebhookSecret secret, Instant createdAt,
                          Instant updatedAt) {

    /** The longest URL kept. */
    public static final int MAX_URL = 2048;

    public ApiCallback {
        Objects.requireNonNull(workspace);
        Objects.requireNonNull(inbox);
        Objects.requireNonNull(url);
        Objects.requireNonNull(secret);
    }
}
