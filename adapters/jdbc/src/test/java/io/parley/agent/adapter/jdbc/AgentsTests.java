package io.parley.agent.adapter.jdbc;

import static io.parley.Tenants.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.PostgresBacked;
import io.parley.Tenants;
import io.parley.agent.Role;
import io.parley.agent.model.Agent;
import io.parley.agent.model.EmailAddress;
import io.parley.agent.model.PasswordHash;
import io.parley.agent.port.Agents;
import io.parley.shared.AgentId;
import io.parley.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AgentsTests extends PostgresBacked {

    @Autowired
    Agents agents;

    @Autowired
    Tenants tenants;

    @Test
    void roundTripsAnAgentAndFindsItByEmail() {
        var tenant = tenants.create("Acme");
        var agent = agents.save(Agent.register(tenant.workspace().getId(), new EmailAddress("Mei@Example.com"),
                "Han Mei", Role.SUPERVISOR, new PasswordHash("{bcrypt}$2a$10$abc"), T0));

        var loaded = agents.findById(tenant.workspace().getId(), agent.getId()).orElseThrow();
        assertThat(loaded.email().value()).isEqualTo("mei@example.com");
        assertThat(loaded.displayName()).isEqualTo("Han Mei");
        assertThat(loaded.role()).isEqualTo(Role.SUPERVISOR);
        assertThat(loaded.passwordHash()).isEqualTo(new PasswordHash("{bcrypt}$2a$10$abc"));
        assertThat(loaded.enabled()).isTrue();
        assertThat(loaded.createdAt()).isEqualTo(T0);

        assertThat(agents.findByEmail(new EmailAddress("MEI@example.com"))).map(Agent::getId).contains(agent.getId());
        assertThat(agents.findByWorkspace(tenant.workspace().getId())).extracting(Agent::getId).containsExactly(agent.getId());
    }

    @Test
    void keepsEachWorkspaceToItsOwnAgents() {
        var acme = tenants.create("Acme");
        var globex = tenants.create("Globex");
        var agent = tenants.agent(acme);

        assertThat(agents.findById(globex.workspace().getId(), agent.getId())).isEmpty();
        assertThat(agents.findByWorkspace(globex.workspace().getId())).isEmpty();
    }

    @Test
    void refusesAnEmailAddressTakenInAnyWorkspace() {
        var acme = tenants.create("Acme");
        var globex = tenants.create("Globex");
        agents.save(Agent.register(acme.workspace().getId(), new EmailAddress("lin@example.com"), "Lin", Role.ADMIN,
                new PasswordHash("hash"), T0));
        var again = new Agent(AgentId.random(), globex.workspace().getId(), new EmailAddress("LIN@example.com"),
                "Other Lin", Role.AGENT, new PasswordHash("hash"), true, null, T0);

        assertThatThrownBy(() -> agents.save(again))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("agent.email-taken");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                });
        assertThat(agents.findById(globex.workspace().getId(), again.getId())).isEmpty();
    }
}
