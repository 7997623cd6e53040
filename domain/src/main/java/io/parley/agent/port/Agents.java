package io.parley.agent.port;

import io.parley.agent.model.Agent;
import io.parley.agent.model.EmailAddress;
import io.parley.shared.AgentId;
import io.parley.shared.WorkspaceId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Where agents are kept. E-mail addresses are unique across the installation, so sign-in needs no workspace. */
@SecondaryPort
public interface Agents {

    Optional<Agent> findById(WorkspaceId workspace, AgentId id);

    Optional<Agent> findByEmail(EmailAddress email);

    List<Agent> findByWorkspace(WorkspaceId workspace);

    /** Those of the agents that exist in the workspace. */
    List<Agent> findByIds(WorkspaceId workspace, Collection<AgentId> ids);

    Agent save(Agent agent);
}
