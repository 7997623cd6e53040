package io.parley.agent.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.agent.Role;
import io.parley.shared.DomainException;
import io.parley.shared.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AgentUnitTests {

    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");
    private static final LockoutPolicy THREE_STRIKES = new LockoutPolicy(3, Duration.ofMinutes(15));

    static Agent agent() {
        return Agent.register(WorkspaceId.random(), new EmailAddress("ada@example.com"), "Ada", Role.AGENT,
                new PasswordHash("hash"), NOW);
    }

    @Test
    void registersEnabledWithNoFailures() {
        var agent = agent();

        assertThat(agent.enabled()).isTrue();
        assertThat(agent.failedSignIns()).isZero();
        assertThat(agent.lockedUntil()).isNull();
        assertThat(agent.isLockedAt(NOW)).isFalse();
        assertThat(agent.createdAt()).isEqualTo(NOW);
    }

    @Test
    void signsInWithTheRightPassword() {
        assertThat(agent().attemptSignIn(true, NOW, THREE_STRIKES)).isEqualTo(SignInOutcome.SIGNED_IN);
    }

    @Test
    void countsWrongPasswords() {
        var agent = agent();

        assertThat(agent.attemptSignIn(false, NOW, THREE_STRIKES)).isEqualTo(SignInOutcome.WRONG_PASSWORD);
        assertThat(agent.attemptSignIn(false, NOW, THREE_STRIKES)).isEqualTo(SignInOutcome.WRONG_PASSWORD);

        assertThat(agent.failedSignIns()).isEqualTo(2);
    }

    @Test
    void locksOutOnTheThirdWrongPasswordInARow() {
        var agent = agent();
        agent.attemptSignIn(false, NOW, THREE_STRIKES);
        agent.attemptSignIn(false, NOW, THREE_STRIKES);

        assertThat(agent.attemptSignIn(false, NOW, THREE_STRIKES)).isEqualTo(SignInOutcome.LOCKED_NOW);

        assertThat(agent.lockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(agent.isLockedAt(NOW)).isTrue();
    }

    @Test
    void aRightPasswordInBetweenStartsTheCountAgain() {
        var agent = agent();
        agent.attemptSignIn(false, NOW, THREE_STRIKES);
        agent.attemptSignIn(false, NOW, THREE_STRIKES);
        agent.attemptSignIn(true, NOW, THREE_STRIKES);

        assertThat(agent.failedSignIns()).isZero();
        assertThat(agent.attemptSignIn(false, NOW, THREE_STRIKES)).isEqualTo(SignInOutcome.WRONG_PASSWORD);
        assertThat(agent.attemptSignIn(false, NOW, THREE_STRIKES)).isEqualTo(SignInOutcome.WRONG_PASSWORD);
    }

    @Test
    void rejectsEvenTheRightPasswordWhileLocked() {
        var agent = lockedAgent();

        assertThat(agent.attemptSignIn(true, NOW.plusSeconds(60), THREE_STRIKES)).isEqualTo(SignInOutcome.LOCKED);
        assertThat(agent.attemptSignIn(false, NOW.plusSeconds(60), THREE_STRIKES)).isEqualTo(SignInOutcome.LOCKED);
        assertThat(agent.lockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
    }

    @Test
    void lockEndsExactlyWhenItsTimeIsUp() {
        var agent = lockedAgent();
        var until = NOW.plus(Duration.ofMinutes(15));

        assertThat(agent.isLockedAt(until.minusNanos(1))).isTrue();
        assertThat(agent.isLockedAt(until)).isFalse();
        assertThat(agent.attemptSignIn(true, until, THREE_STRIKES)).isEqualTo(SignInOutcome.SIGNED_IN);
        assertThat(agent.lockedUntil()).isNull();
    }

    @Test
    void afterALockExpiresItTakesAFullRoundOfFailuresToLockAgain() {
        var agent = lockedAgent();
        var later = NOW.plus(Duration.ofHours(1));

        assertThat(agent.attemptSignIn(false, later, THREE_STRIKES)).isEqualTo(SignInOutcome.WRONG_PASSWORD);
        assertThat(agent.attemptSignIn(false, later, THREE_STRIKES)).isEqualTo(SignInOutcome.WRONG_PASSWORD);
        assertThat(agent.attemptSignIn(false, later, THREE_STRIKES)).isEqualTo(SignInOutcome.LOCKED_NOW);
    }

    @Test
    void disabledAgentStaysOutAndOnlyTheRightPasswordLearnsWhy() {
        var agent = agent();
        agent.disable();

        assertThat(agent.attemptSignIn(true, NOW, THREE_STRIKES)).isEqualTo(SignInOutcome.DISABLED);
        assertThat(agent.attemptSignIn(false, NOW, THREE_STRIKES)).isEqualTo(SignInOutcome.WRONG_PASSWORD);
        assertThat(agent.failedSignIns()).isZero();
    }

    @Test
    void enablingLiftsALockOut() {
        var agent = lockedAgent();

        agent.enable();

        assertThat(agent.isLockedAt(NOW)).isFalse();
        assertThat(agent.failedSignIns()).isZero();
        assertThat(agent.attemptSignIn(true, NOW, THREE_STRIKES)).isEqualTo(SignInOutcome.SIGNED_IN);
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

    private static Agent lockedAgent() {
        var agent = agent();
        for (int i = 0; i < THREE_STRIKES.maxFailures(); i++) {
            agent.attemptSignIn(false, NOW, THREE_STRIKES);
        }
        assertThat(agent.isLockedAt(NOW)).isTrue();
        return agent;
    }
}
