package io.parley.agent.model;

import java.time.Duration;

/** After {@code maxFailures} wrong passwords in a row an agent cannot sign in for {@code lockFor}. */
public record LockoutPolicy(int maxFailures, Duration lockFor) {

    public static final LockoutPolicy DEFAULT = new LockoutPolicy(5, Duration.ofMinutes(15));

    public LockoutPolicy {
        if (maxFailures < 1 || lockFor.isNegative() || lockFor.isZero()) {
            throw new IllegalArgumentException("lock-out needs at least one failure and a positive duration");
        }
    }
}
