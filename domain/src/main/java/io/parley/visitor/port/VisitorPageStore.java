package io.parley.visitor.port;

import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import io.parley.visitor.VisitorPage;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** The latest page report of each visitor. */
@SecondaryPort
public interface VisitorPageStore {

    void save(WorkspaceId workspace, VisitorId visitor, VisitorPage page);

    Optional<VisitorPage> find(WorkspaceId workspace, VisitorId visitor);
}
