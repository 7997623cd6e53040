package io.parley.workspace.port;

import io.parley.shared.WorkspaceId;
import io.parley.workspace.model.Workspace;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Where workspaces are kept. */
@SecondaryPort
public interface Workspaces {

    Optional<Workspace> findById(WorkspaceId id);

    /** The oldest workspace, used to detect a first start. */
    Optional<Workspace> findFirst();

    Workspace save(Workspace workspace);
}
