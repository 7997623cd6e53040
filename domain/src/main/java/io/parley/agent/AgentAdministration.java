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

    /** @throws io.parley.shared.DomainException {@code agent.last-admin} when it would leave no enabled admin */
    AgentView update(UpdateAgent command);

    /**
     * Recovery of an installation locked out of its administration: the agent with this address becomes an enabled
     * admin with this password (their sessions end), or is created as one in the command's workspace.
     */
    AgentView restoreAdmin(RestoreAdmin command);
}
