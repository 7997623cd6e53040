package io.parley.visitor;

import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Visitor identity: starting a session from a widget key, and checking the token a browser presents later. */
@PrimaryPort
public interface VisitorSessions {

    /**
     * @throws io.parley.shared.DomainException {@code visitor.unknown-widget} for an unknown or disabled widget key,
     *         {@code visitor.origin-refused} for a page origin the workspace does not allow
     */
    VisitorSession start(StartVisitorSession command);

    /** The claims of a valid token; empty for a forged, malformed or expired one. */
    Optional<VisitorClaims> authenticate(String token);

    Optional<VisitorView> find(WorkspaceId workspace, VisitorId visitor);
}
