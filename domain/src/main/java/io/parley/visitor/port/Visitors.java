package io.parley.visitor.port;

import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import io.parley.visitor.model.Visitor;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Where visitors are kept; every lookup is scoped to a workspace. */
@SecondaryPort
public interface Visitors {

    Optional<Visitor> findById(WorkspaceId workspace, VisitorId id);

    Visitor save(Visitor visitor);
}
