package io.parley.channel.port;

import io.parley.channel.ApiKeyId;
import io.parley.channel.model.ApiKey;
import io.parley.shared.InboxId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Where inboxes' API keys are kept (hashed). Every lookup but the hash's is scoped to a workspace and inbox. */
@SecondaryPort
public interface ApiKeys {

    List<ApiKey> findByInbox(WorkspaceId workspace, InboxId inbox);

    Optional<ApiKey> findById(WorkspaceId workspace, InboxId inbox, ApiKeyId id);

    /** The key whose current secret has this SHA-256 hash (revoked or not). */
    Optional<ApiKey> findBySecretHash(String secretHash);

    void save(ApiKey key);

    /** Records a use at {@code now} unless one was recorded in the minute before: at most one write a minute. */
    void touch(ApiKeyId id, Instant now);
}
