package io.parley.channel;

import io.parley.shared.InboxId;
import io.parley.shared.WorkspaceId;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Administrators reading and changing a web-widget inbox's settings; widgets reading them by their public key. */
@PrimaryPort
public interface WidgetSettingsAdministration {

    /** The inbox's settings, or the defaults when none were saved; the inbox must be a web widget of the workspace. */
    WidgetSettings get(WorkspaceId workspace, InboxId inbox);

    /** Replaces the inbox's settings as a whole. */
    WidgetSettings update(WorkspaceId workspace, InboxId inbox, WidgetSettings settings);

    /**
     * The settings of the workspace's inbox when it is a web widget (the defaults when none were saved); empty for
     * inboxes of other channels and unknown ones.
     */
    Optional<WidgetSettings> ofInbox(WorkspaceId workspace, InboxId inbox);

    /** The settings behind a widget key, if it names an enabled web-widget inbox. */
    Optional<WidgetSettings> forWidgetKey(String widgetKey);
}
