package io.parley.agent.port;

import io.parley.agent.model.AgentSession;
import io.parley.shared.AgentId;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Where signed-in console sessions are kept, by token hash. */
@SecondaryPort
public interface AgentSessions {

    void store(AgentSession session);

    Optional<AgentSession> findByTokenHash(String tokenHash);

    void revoke(String tokenHash);

    void revokeAllOf(AgentId agent);
}
