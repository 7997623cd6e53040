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

    /**
     * The workspace's agents, locked until the transaction ends: two changes that each need to see every admin of the
     * workspace (disabling one while another is demoted) then run one after the other.
     */
    List<Agent> lockWorkspace(WorkspaceId workspace);

    Agent save(Agent agent);
}
