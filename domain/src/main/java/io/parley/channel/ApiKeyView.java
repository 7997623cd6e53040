package io.parley.channel;

import io.parley.shared.InboxId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An API key of an inbox, without its secret.
 *
 * @param prefix     the first characters of the key ({@code pk_} and eight more), enough to tell keys apart
 * @param rotatedAt  when the key was last given a new secret (the one before stopped working then)
 * @param lastUsedAt when a request last authenticated with the key, to the minute
 * @param revokedAt  when the key was revoked; a revoked key authenticates nothing
 */
public record ApiKeyView(ApiKeyId id, WorkspaceId workspaceId, InboxId inboxId, String name, String prefix,
                         Instant createdAt, @Nullable Instant rotatedAt, @Nullable Instant lastUsedAt,
                         @Nullable Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
