package io.parley.agent.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.agent.Role;
import io.parley.shared.DomainException;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LastAdminPolicyUnitTests {

    private static final WorkspaceId WORKSPACE = WorkspaceId.random();
    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");

    private static Agent agent(String name, Role role) {
        return Agent.register(WORKSPACE, new EmailAddress(name + "@example.com"), name, role, new PasswordHash("h"), NOW);
    }

    @Test
    void refusesToDisableOrDemoteTheOnlyEnabledAdmin() {
        Agent admin = agent("ada", Role.ADMIN);
        Agent disabledAdmin = agent("bob", Role.ADMIN);
        disabledAdmin.disable();
        List<Agent> workspace = List.of(admin, disabledAdmin, agent("cy", Role.SUPERVISOR));

        admin.changeRole(Role.SUPERVISOR);

        assertThatThrownBy(() -> LastAdminPolicy.checkStillAdministered(admin, workspace))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("agent.last-admin"))
                .hasMessageContaining("last enabled administrator");
    }

    @Test
    void letsAnAdminGoWhileAnotherEnabledAdminRemains() {
        Agent admin = agent("ada", Role.ADMIN);
        List<Agent> workspace = List.of(admin, agent("bob", Role.ADMIN));

        admin.disable();

        assertThatCode(() -> LastAdminPolicy.checkStillAdministered(admin, workspace)).doesNotThrowAnyException();
    }

    @Test
    void anAgentWhoStillAdministersNeedsNoOther() {
        Agent admin = agent("ada", Role.ADMIN);

        assertThatCode(() -> LastAdminPolicy.checkStillAdministered(admin, List.of(admin))).doesNotThrowAnyException();
    }
}
