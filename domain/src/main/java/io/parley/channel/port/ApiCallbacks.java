package io.parley.channel.port;

import io.parley.channel.model.ApiCallback;
import io.parley.shared.InboxId;
import io.parley.shared.WorkspaceId;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** The callback URLs of API inboxes. */
@SecondaryPort
public interface ApiCallbacks {

    Optional<ApiCallback> find(WorkspaceId workspace, InboxId inbox);

    void save(ApiCallback callback);

    /** Whether there was one. */
    boolean delete(WorkspaceId workspace, InboxId inbox);
}
