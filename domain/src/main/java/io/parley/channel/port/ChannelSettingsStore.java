package io.parley.channel.port;

import io.parley.shared.InboxId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import java.util.Map;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Inboxes' channel settings, key by key. */
@SecondaryPort
public interface ChannelSettingsStore {

    /** The inbox's settings (empty when it has none). */
    Map<String, String> find(WorkspaceId workspace, InboxId inbox);

    /** Sets the values given (removing the keys whose value is empty) in one transaction. */
    void update(WorkspaceId workspace, InboxId inbox, Map<String, String> changes, Instant now);

    Instant updatedAt(WorkspaceId workspace, InboxId inbox);
}
