package io.parley.workspace.port;

import io.parley.shared.WorkspaceId;
import io.parley.workspace.RefusedOriginView;
import java.time.Instant;
import java.util.List;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Where refused page origins are counted, per workspace. */
@SecondaryPort
public interface RefusedOriginLog {

    /** Counts one refusal of the origin and keeps only the {@code keep} most recently refused origins. */
    void record(WorkspaceId workspace, String origin, Instant at, int keep);

    /** Most recent first. */
    List<RefusedOriginView> recent(WorkspaceId workspace, int limit);
}
