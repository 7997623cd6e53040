package io.parley.workspace;

import io.parley.shared.WorkspaceId;
import java.util.List;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * The page origins a workspace recently turned away, so that an administrator can allow one that should have been
 * allowed. Bounded: only the {@link #KEPT} most recently refused origins of a workspace are kept, each once with a
 * count, so pages sending made-up origins cannot make it grow.
 */
@PrimaryPort
public interface OriginRefusals {

    int KEPT = 20;

    /** Notes that a page of {@code origin} was refused; anything that is not a web origin is ignored. */
    void refused(WorkspaceId workspace, String origin);

    /** The recently refused origins that are still not allowed, most recent first. */
    List<RefusedOriginView> recent(WorkspaceId workspace);
}
