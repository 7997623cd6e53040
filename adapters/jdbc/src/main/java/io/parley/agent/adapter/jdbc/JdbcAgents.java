package io.parley.agent.adapter.jdbc;

import io.parley.agent.model.Agent;
import io.parley.agent.model.EmailAddress;
import io.parley.agent.port.Agents;
import io.parley.shared.AgentId;
import io.parley.shared.DomainException;
import io.parley.shared.WorkspaceId;
import io.parley.shared.adapter.jdbc.InsertOrUpdate;
import io.parley.shared.adapter.jdbc.UniqueKeys;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@SecondaryAdapter
class JdbcAgents implements Agents {

    private final AgentRows rows;
    private final JdbcAggregateOperations aggregates;

    JdbcAgents(AgentRows rows, JdbcAggregateOperations aggregates) {
        this.rows = rows;
        this.aggregates = aggregates;
    }

    @Override
    public Optional<Agent> findById(WorkspaceId workspace, AgentId id) {
        return rows.findByIdAndWorkspaceId(id.value(), workspace.value()).map(AgentRow::toAgent);
    }

    @Override
    public Optional<Agent> findByEmail(EmailAddress email) {
        return rows.findByEmailIgnoringCase(email.value()).map(AgentRow::toAgent);
    }

    @Override
    public List<Agent> findByWorkspace(WorkspaceId workspace) {
        return rows.findByWorkspaceIdOrderByCreatedAtAscIdAsc(workspace.value()).stream().map(AgentRow::toAgent).toList();
    }

    @Override
    public List<Agent> findByIds(WorkspaceId workspace, Collection<AgentId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return rows.findByWorkspaceIdAndIdIn(workspace.value(), ids.stream().map(AgentId::value).toList()).stream()
                .map(AgentRow::toAgent).toList();
    }

    @Override
    public List<Agent> lockWorkspace(WorkspaceId workspace) {
        return rows.lockByWorkspaceId(workspace.value()).stream().map(AgentRow::toAgent).toList();
    }

    @Override
    @Transactional
    public Agent save(Agent agent) {
        var row = AgentRow.of(agent);
        UniqueKeys.guard(() -> InsertOrUpdate.save(rows, aggregates, row.id(), row), Map.of(
                "agent_email_key", () -> DomainException.conflict("agent.email-taken",
                        "an agent with the address " + agent.email().value() + " exists already; use another address")));
        return agent;
    }
}
