package io.parley.agent.model;

import static io.parley.shared.Trials.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.agent.Role;
import io.parley.shared.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Lock-out comes after exactly {@code maxFailures} wrong passwords in a row, and only then. */
class AgentLockoutProperties {

    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    record Attempt(boolean passwordMatched, Duration after) {}

    record Scenario(LockoutPolicy policy, List<Attempt> attempts) {}

    @Test
    void theMaxFailuresThWrongPasswordInARowLocksAndNotOneBefore() {
        forAll(random -> new LockoutPolicy(random.nextInt(1, 11), Duration.ofMinutes(random.nextInt(1, 60))), policy -> {
            var agent = freshAgent();
            for (int failure = 1; failure < policy.maxFailures(); failure++) {
                assertThat(agent.attemptSignIn(false, START, policy)).as("failure %d", failure)
                        .isEqualTo(SignInOutcome.WRONG_PASSWORD);
                assertThat(agent.isLockedAt(START)).isFalse();
            }
            assertThat(agent.attemptSignIn(false, START, policy)).isEqualTo(SignInOutcome.LOCKED_NOW);
            assertThat(agent.lockedUntil()).isEqualTo(START.plus(policy.lockFor()));
            assertThat(agent.attemptSignIn(true, START.plus(policy.lockFor()).minusNanos(1), policy))
                    .isEqualTo(SignInOutcome.LOCKED);
        });
    }

    @Test
    void everyAttemptEndsAsTheRuleSays() {
        int[] locks = {0};
        forAll(AgentLockoutProperties::scenario, scenario -> {
            var agent = freshAgent();
            var model = new Model(scenario.policy());
            var now = START;
            for (var attempt : scenario.attempts()) {
                now = now.plus(attempt.after());
                var expected = model.attempt(attempt.passwordMatched(), now);

                assertThat(agent.attemptSignIn(attempt.passwordMatched(), now, scenario.policy())).isEqualTo(expected);
                assertThat(agent.isLockedAt(now)).isEqualTo(model.lockedAt(now));
                assertThat(agent.failedSignIns()).isEqualTo(model.failures);
                if (expected == SignInOutcome.LOCKED_NOW) {
                    locks[0]++;
                }
            }
        });
        assertThat(locks[0]).as("scenarios that reached a lock-out").isPositive();
    }

    /** The rule, written the plain way: count wrong passwords in a row outside a lock; the n-th locks. */
    private static final class Model {
        private final LockoutPolicy policy;
        private int failures;
        private @Nullable Instant lockedUntil;

        Model(LockoutPolicy policy) {
            this.policy = policy;
        }

        boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }

        SignInOutcome attempt(boolean matched, Instant now) {
            if (lockedAt(now)) {
                return SignInOutcome.LOCKED;
            }
            if (matched) {
                failures = 0;
                return SignInOutcome.SIGNED_IN;
            }
            failures++;
            if (failures == policy.maxFailures()) {
                failures = 0;
                lockedUntil = now.plus(policy.lockFor());
                return SignInOutcome.LOCKED_NOW;
            }
            return SignInOutcome.WRONG_PASSWORD;
        }
    }

    private static Scenario scenario(SplittableRandom random) {
        var policy = new LockoutPolicy(random.nextInt(1, 8), Duration.ofSeconds(random.nextInt(1, 900)));
        var attempts = new ArrayList<Attempt>();
        int count = random.nextInt(1, 40);
        for (int i = 0; i < count; i++) {
            Duration after = switch (random.nextInt(4)) {
                case 0 -> Duration.ZERO;
                case 1 -> Duration.ofSeconds(random.nextInt(1, 60));
                case 2 -> policy.lockFor();
                default -> policy.lockFor().plusSeconds(random.nextInt(0, 600));
            };
            attempts.add(new Attempt(random.nextInt(5) == 0, after));
        }
        return new Scenario(policy, attempts);
    }

    private static Agent freshAgent() {
        return Agent.register(WorkspaceId.random(), new EmailAddress("ada@example.com"), "Ada", Role.AGENT,
                new PasswordHash("hash"), START);
    }
}
