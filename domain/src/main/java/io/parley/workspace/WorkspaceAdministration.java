package io.parley.workspace;

import io.parley.shared.WorkspaceId;
import java.util.List;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Reading and changing a workspace's settings. Callers check the acting agent's role before calling. */
@PrimaryPort
public interface WorkspaceAdministration {

    WorkspaceView get(WorkspaceId id);

    WorkspaceView create(String name, List<String> allowedOrigins);

    /** The oldest workspace; empty before the first start has created one. */
    Optional<WorkspaceView> findFirst();

    WorkspaceView update(UpdateWorkspace command);

    /** Whether a browser page of {@code origin} may reach this workspace (WebSocket handshake, widget). */
    boolean admitsOrigin(WorkspaceId id, String origin);

    /**
     * Whether an agent's browser page of {@code origin} may act for this workspace: only origins listed by name,
     * never through the wildcard {@code *}.
     */
    boolean admitsAgentOrigin(WorkspaceId id, String origin);
}
