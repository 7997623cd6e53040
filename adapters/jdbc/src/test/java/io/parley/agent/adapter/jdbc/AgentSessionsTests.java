package io.parley.agent.adapter.jdbc;

import static io.parley.Tenants.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.PostgresBacked;
import io.parley.Tenants;
import io.parley.agent.Role;
import io.parley.agent.model.Agent;
import io.parley.agent.model.AgentSession;
import io.parley.agent.port.AgentSessions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AgentSessionsTests extends PostgresBacked {

    @Autowired
    AgentSessions sessions;

    @Autowired
    Tenants tenants;

    @Test
    void storesAndFindsASessionByTokenHash() {
        var agent = tenants.agent(tenants.create("Acme"));
        var session = session(agent, "hash-1");
        sessions.store(session);

        assertThat(sessions.findByTokenHash("hash-1")).contains(session);
        assertThat(sessions.findByTokenHash("hash-2")).isEmpty();
    }

    @Test
    void revokesOneSessionOrAllOfAnAgent() {
        var tenant = tenants.create("Acme");
        var agent = tenants.agent(tenant);
        var colleague = tenants.agent(tenant);
        sessions.store(session(agent, "a-1"));
        sessions.store(session(agent, "a-2"));
        sessions.store(session(agent, "a-3"));
        sessions.store(session(colleague, "c-1"));

        sessions.revoke("a-1");
        assertThat(sessions.findByTokenHash("a-1")).isEmpty();
        assertThat(sessions.findByTokenHash("a-2")).isPresent();

        sessions.revokeAllOf(agent.getId());
        assertThat(sessions.findByTokenHash("a-2")).isEmpty();
        assertThat(sessions.findByTokenHash("a-3")).isEmpty();
        assertThat(sessions.findByTokenHash("c-1")).isPresent();
    }

    private static AgentSession session(Agent agent, String tokenHash) {
        return new AgentSession(tokenHash, agent.getId(), agent.workspaceId(), Role.AGENT, T0, T0.plus(Duration.ofHours(8)));
    }
}
