package io.parley.agent.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.agent.Role;
import io.parley.shared.DomainException;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AgentUnitTests {

    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");

    static Agent agent() {
        return Agent.register(WorkspaceId.random(), new EmailAddress("ada@example.com"), "Ada", Role.AGENT,
                new PasswordHash("hash"), NOW);
    }

    @Test
    void registersEnabled() {
        var agent = agent();

        assertThat(agent.enabled()).isTrue();
        assertThat(agent.createdAt()).isEqualTo(NOW);
    }

    @Test
    void signsInWithTheRightPasswordOnly() {
        assertThat(agent().attemptSignIn(true)).isEqualTo(SignInOutcome.SIGNED_IN);
        assertThat(agent().attemptSignIn(false)).isEqualTo(SignInOutcome.WRONG_PASSWORD);
    }

    @Test
    void wrongPasswordsNeverLockTheAccountItself() {
        var agent = agent();
        for (int i = 0; i < 50; i++) {
            assertThat(agent.attemptSignIn(false)).isEqualTo(SignInOutcome.WRONG_PASSWORD);
        }
        assertThat(agent.attemptSignIn(true)).isEqualTo(SignInOutcome.SIGNED_IN);
    }

    @Test
    void disabledAgentStaysOutAndOnlyTheRightPasswordLearnsWhy() {
        var agent = agent();
        agent.disable();

        assertThat(agent.attemptSignIn(true)).isEqualTo(SignInOutcome.DISABLED);
        assertThat(agent.attemptSignIn(false)).isEqualTo(SignInOutcome.WRONG_PASSWORD);
        agent.enable();
        assertThat(agent.attemptSignIn(true)).isEqualTo(SignInOutcome.SIGNED_IN);
    }

    @Test
    void renamesAndRejectsBadNamesKeepingTheOldOne() {
        var agent = agent();

        agent.rename("  Ada L. ");
        assertThat(agent.displayName()).isEqualTo("Ada L.");

        assertThatThrownBy(() -> agent.rename("n".repeat(Agent.MAX_NAME + 1)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("agent.invalid-name"));
        assertThat(agent.displayName()).isEqualTo("Ada L.");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void rejectsRegistrationWithoutName(String name) {
        assertThatThrownBy(() -> Agent.register(WorkspaceId.random(), new EmailAddress("a@example.com"), name, Role.AGENT,
                new PasswordHash("hash"), NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("agent.invalid-name"));
    }

    @Test
    void changesRoleAndPassword() {
        var agent = agent();

        agent.changeRole(Role.SUPERVISOR);
        agent.changePassword(new PasswordHash("new-hash"));

        assertThat(agent.role()).isEqualTo(Role.SUPERVISOR);
        assertThat(agent.passwordHash()).isEqualTo(new PasswordHash("new-hash"));
    }

}
