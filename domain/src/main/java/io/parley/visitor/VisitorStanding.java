package io.parley.visitor;

import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Agents marking a visitor of their workspace as VIP; a visitor of another workspace is not found. */
@PrimaryPort
public interface VisitorStanding {

    /** @throws io.parley.shared.DomainException {@code visitor.not-found} */
    VisitorView markVip(WorkspaceId workspace, VisitorId visitor, boolean vip);

    /** Whether the visitor is a VIP; false for an unknown one. */
    boolean isVip(WorkspaceId workspace, VisitorId visitor);
}
