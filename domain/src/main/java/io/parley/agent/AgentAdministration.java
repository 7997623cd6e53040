package io.parley.agent;

import io.parley.shared.AgentId;
import io.parley.shared.WorkspaceId;
import java.util.List;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Managing a workspace's agents. Callers check that the acting agent may administer. */
@PrimaryPort
public interface AgentAdministration {

    List<AgentView> list(WorkspaceId workspace);

    Optional<AgentView> find(WorkspaceId workspace, AgentId agent);

    /** @throws io.parley.shared.DomainException {@code agent.email-taken}, {@code agent.weak-password}, ... */
    AgentView register(RegisterAgent command);

    AgentView update(UpdateAgent command);
}
