package io.parley.agent;

import java.util.Optional;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Agent sign-in, sign-out and bearer-token checks. */
@PrimaryPort
public interface AgentAuthentication {

    /**
     * @throws io.parley.shared.DomainException {@code auth.invalid-credentials} for an unknown address or wrong
     *         password (the same answer for both), {@code auth.locked} (rate-limited, with a retry-after) after
     *         repeated failures from the command's client address, {@code auth.account-disabled} for a disabled
     *         agent's right password
     */
    SignedIn signIn(SignIn command);

    void signOut(String token);

    /** The agent behind a valid, unexpired token of an enabled agent; empty otherwise. */
    Optional<AuthenticatedAgent> authenticate(String token);
}
