package io.parley.channel;

import io.parley.shared.InboxId;
import io.parley.shared.WorkspaceId;
import java.util.List;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * The API keys of an API-channel inbox: each is named, scoped to that one inbox, shown once, stored hashed, and can
 * be rotated (a new secret; the old one stops at once) or revoked. Every call but {@link #authenticate} is scoped
 * to a workspace: another workspace's inbox or key is {@code channel.inbox-not-found} / {@code channel.api-key-not-found}.
 */
@PrimaryPort
public interface ApiKeyAdministration {

    /** The inbox's keys, oldest first, revoked ones included. */
    List<ApiKeyView> list(WorkspaceId workspace, InboxId inbox);

    /** A new key for an API inbox ({@code channel.not-api-inbox} for any other channel). */
    IssuedApiKey create(WorkspaceId workspace, InboxId inbox, String name);

    /** A new secret for the key; the previous one authenticates nothing from now on. */
    IssuedApiKey rotate(WorkspaceId workspace, InboxId inbox, ApiKeyId key);

    /** Revokes the key for good; revoking it again changes nothing. */
    ApiKeyView revoke(WorkspaceId workspace, InboxId inbox, ApiKeyId key);

    /**
     * The key behind a secret presented by a caller, if it is well-formed, known, not revoked, and its inbox is an
     * enabled API inbox; records the use (to the minute).
     */
    Optional<ApiKeyView> authenticate(String secret);
}
