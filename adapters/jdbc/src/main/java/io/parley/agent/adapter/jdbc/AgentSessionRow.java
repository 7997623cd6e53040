package io.parley.agent.adapter.jdbc;

import io.parley.agent.Role;
import io.parley.agent.model.AgentSession;
import io.parley.shared.AgentId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table("agent_session")
record AgentSessionRow(@Id String tokenHash, UUID agentId, UUID workspaceId, Role role, Instant issuedAt,
                       Instant expiresAt) {

    static AgentSessionRow of(AgentSession session) {
        return new AgentSessionRow(session.tokenHash(), session.agentId().value(), session.workspaceId().value(),
                session.role(), session.issuedAt(), session.expiresAt());
    }

    AgentSession toSession() {
        return new AgentSession(tokenHash, new AgentId(agentId), new WorkspaceId(workspaceId), role, issuedAt, expiresAt);
    }
}
