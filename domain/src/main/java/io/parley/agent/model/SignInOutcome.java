package io.parley.agent.model;

/** How one sign-in attempt ended, as decided by {@link Agent#attemptSignIn}. */
public enum SignInOutcome {
    SIGNED_IN, WRONG_PASSWORD, DISABLED
}
