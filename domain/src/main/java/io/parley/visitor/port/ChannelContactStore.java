package io.parley.visitor.port;

import io.parley.shared.InboxId;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import io.parley.visitor.model.ExternalUserId;
import java.time.Instant;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Which visitor each external user id of an inbox is. */
@SecondaryPort
public interface ChannelContactStore {

    Optional<VisitorId> find(WorkspaceId workspace, InboxId inbox, ExternalUserId externalId);

    /**
     * Binds the id to the visitor unless it is bound already; returns the visitor it is bound to afterwards (another
     * one when a concurrent call bound it first).
     */
    VisitorId bind(WorkspaceId workspace, InboxId inbox, ExternalUserId externalId, VisitorId visitor, Instant now);

    /** The external user id bound to the visitor in the inbox, if any. */
    Optional<ExternalUserId> externalIdOf(WorkspaceId workspace, InboxId inbox, VisitorId visitor);
}
