package io.parley.channel;

import io.parley.shared.InboxId;
import io.parley.shared.WorkspaceId;
import java.util.List;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Creating and reading inboxes; resolving the public widget key a web page presents. */
@PrimaryPort
public interface InboxAdministration {

    List<InboxView> list(WorkspaceId workspace);

    InboxView get(WorkspaceId workspace, InboxId id);

    InboxView create(CreateInbox command);

    /** Renames the inbox, changes its answer mode or its VIP rule; {@code channel.inbox-not-found} in another workspace. */
    InboxView configure(WorkspaceId workspace, InboxId id, ConfigureInbox change);

    /** The enabled web-widget inbox behind a widget key, if the key is well-formed and known. */
    Optional<InboxView> findByWidgetKey(String widgetKey);
}
