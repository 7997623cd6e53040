package io.parley.channel;

import io.parley.shared.InboxId;
import io.parley.shared.WorkspaceId;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * The callback URL of an API inbox: when set, every reply of an agent or the bot in the inbox's conversations is
 * POSTed there (signed as Standard Webhooks with the callback's own secret), and agents see each one's delivery state.
 * Another workspace's inbox is {@code channel.inbox-not-found}.
 */
@PrimaryPort
public interface ApiCallbackAdministration {

    Optional<ApiCallbackView> get(WorkspaceId workspace, InboxId inbox);

    /**
     * Sets the URL; a secret is made the first time, and again when {@code rotateSecret}. {@code channel.not-api-inbox}
     * for another channel; {@code outbound.url-invalid} or {@code outbound.address-refused} for a URL the outbound
     * guard refuses.
     */
    IssuedApiCallback set(WorkspaceId workspace, InboxId inbox, String url, boolean rotateSecret);

    /** Removes the callback: replies are no longer sent (they stay readable by polling and webhooks). */
    void remove(WorkspaceId workspace, InboxId inbox);

    /** The callback with its secret, for the adapter that sends to it; answers from a cache of a few seconds. */
    Optional<ApiCallbackTarget> target(WorkspaceId workspace, InboxId inbox);
}
