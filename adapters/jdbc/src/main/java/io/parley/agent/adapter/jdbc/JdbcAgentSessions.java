package io.parley.agent.adapter.jdbc;

import io.parley.agent.model.AgentSession;
import io.parley.agent.port.AgentSessions;
import io.parley.shared.AgentId;
import io.parley.shared.DomainException;
import io.parley.shared.adapter.jdbc.UniqueKeys;
import java.util.Map;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Component;

@Component
@SecondaryAdapter
class JdbcAgentSessions implements AgentSessions {

    private final AgentSessionRows rows;
    private final JdbcAggregateOperations aggregates;

    JdbcAgentSessions(AgentSessionRows rows, JdbcAggregateOperations aggregates) {
        this.rows = rows;
        this.aggregates = aggregates;
    }

    @Override
    public void store(AgentSession session) {
        UniqueKeys.guard(() -> aggregates.insert(AgentSessionRow.of(session)), Map.of(
                "agent_session_pkey", () -> DomainException.conflict("agent.session-exists",
                        "this session token is in use already; sign in again")));
    }

    @Override
    public Optional<AgentSession> findByTokenHash(String tokenHash) {
        return rows.findById(tokenHash).map(AgentSessionRow::toSession);
    }

    @Override
    public void revoke(String tokenHash) {
        rows.deleteById(tokenHash);
    }

    @Override
    public void revokeAllOf(AgentId agent) {
        rows.deleteByAgent(agent.value());
    }
}
