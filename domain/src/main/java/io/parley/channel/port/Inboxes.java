package io.parley.channel.port;

import io.parley.channel.model.Inbox;
import io.parley.channel.model.WidgetKey;
import io.parley.shared.InboxId;
import io.parley.shared.WorkspaceId;
import java.util.List;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Where inboxes are kept. Every lookup but the widget key's is scoped to a workspace. */
@SecondaryPort
public interface Inboxes {

    Optional<Inbox> findById(WorkspaceId workspace, InboxId id);

    /** The inbox, whichever workspace it belongs to: for a platform's callback, which names the inbox alone. */
    Optional<Inbox> findById(InboxId id);

    Optional<Inbox> findByWidgetKey(WidgetKey key);

    List<Inbox> findByWorkspace(WorkspaceId workspace);

    Inbox save(Inbox inbox);
}
