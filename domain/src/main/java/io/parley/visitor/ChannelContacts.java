package io.parley.visitor;

import io.parley.shared.InboxId;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.Nullable;

/**
 * The people a channel knows by its own user id (the API channel's integrators, later WeChat and others): each
 * external user id of an inbox is one visitor, made the first time the id is met.
 */
@PrimaryPort
public interface ChannelContacts {

    /**
     * The visitor behind the external user id in the inbox, made now if the id is new; a display name given replaces
     * the stored one. {@code visitor.invalid-external-id} for an id that is not 1 to 128 letters, digits or
     * {@code . _ : @ + -}; {@code visitor.invalid-name} for a name over 100 characters.
     */
    ContactView identify(WorkspaceId workspace, InboxId inbox, String externalId, @Nullable String displayName);

    /** The contact, if the inbox has met the id; {@code visitor.invalid-external-id} for a malformed one. */
    Optional<ContactView> find(WorkspaceId workspace, InboxId inbox, String externalId);

    /** The external user id behind a visitor of the inbox, when the visitor came through a channel. */
    Optional<String> externalIdOf(WorkspaceId workspace, InboxId inbox, VisitorId visitor);
}
