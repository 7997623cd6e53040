package io.parley.channel.port;

import io.parley.channel.WidgetSettings;
import io.parley.shared.InboxId;
import io.parley.shared.WorkspaceId;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** The saved widget settings of web-widget inboxes, scoped to the workspace that owns the inbox. */
@SecondaryPort
public interface WidgetSettingsStore {

    Optional<WidgetSettings> find(WorkspaceId workspace, InboxId inbox);

    void save(WorkspaceId workspace, InboxId inbox, WidgetSettings settings);
}
