package io.parley.agent.application;

import io.parley.agent.AgentAuthentication;
import io.parley.agent.AgentLockedOut;
import io.parley.agent.AgentSignedIn;
import io.parley.agent.AuthenticatedAgent;
import io.parley.agent.SignIn;
import io.parley.agent.SignedIn;
import io.parley.agent.model.Agent;
import io.parley.agent.model.AgentSession;
import io.parley.agent.model.EmailAddress;
import io.parley.agent.model.LockoutPolicy;
import io.parley.agent.model.PasswordHash;
import io.parley.agent.model.SignInOutcome;
import io.parley.agent.port.AgentSessions;
import io.parley.agent.port.Agents;
import io.parley.agent.port.PasswordHashing;
import io.parley.shared.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Sign-in is deliberately not one transaction: a failed attempt must be recorded (towards lock-out) even though the
 * call then fails.
 */
@Service
class AgentAuthenticationService implements AgentAuthentication {

    private final Agents agents;
    private final AgentSessions sessions;
    private final PasswordHashing hashing;
    private final AgentProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LockoutPolicy policy;
    private volatile @Nullable PasswordHash dummy;

    AgentAuthenticationService(Agents agents, AgentSessions sessions, PasswordHashing hashing,
                               AgentProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.agents = agents;
        this.sessions = sessions;
        this.hashing = hashing;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
        this.policy = new LockoutPolicy(properties.maxFailedSignIns(), properties.lockout());
    }

    @Override
    public SignedIn signIn(SignIn command) {
        Optional<Agent> found = parse(command.email()).flatMap(agents::findByEmail);
        if (found.isEmpty()) {
            // check against a stored dummy anyway: one bcrypt comparison, as for a known address, so that the response
            // time does not tell which addresses exist
            hashing.matches(command.password() == null ? "" : command.password(), dummyHash());
            throw invalidCredentials();
        }
        Agent agent = found.get();
        Instant now = clock.instant();
        boolean matched = command.password() != null && hashing.matches(command.password(), agent.passwordHash());
        SignInOutcome outcome = agent.attemptSignIn(matched, now, policy);
        agents.save(agent);
        return switch (outcome) {
            case SIGNED_IN -> issueToken(agent, now);
            case WRONG_PASSWORD -> throw invalidCredentials();
            case LOCKED_NOW -> {
                events.publishEvent(new AgentLockedOut(agent.workspaceId(), agent.getId(), agent.lockedUntil()));
                throw locked(agent);
            }
            case LOCKED -> throw locked(agent);
            case DISABLED -> throw DomainException.forbidden("auth.account-disabled",
                    "this account is disabled; ask an administrator of your workspace to enable it");
        };
    }

    private SignedIn issueToken(Agent agent, Instant now) {
        var token = hashing.newToken();
        Instant expires = now.plus(properties.agentTokenTtl());
        sessions.store(new AgentSession(token.hash(), agent.getId(), agent.workspaceId(), agent.role(), now, expires));
        events.publishEvent(new AgentSignedIn(agent.workspaceId(), agent.getId(), now));
        return new SignedIn(token.token(), expires, AgentAdministrationService.view(agent));
    }

    @Override
    public void signOut(String token) {
        sessions.revoke(hashing.hashToken(token));
    }

    @Override
    public Optional<AuthenticatedAgent> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return sessions.findByTokenHash(hashing.hashToken(token))
                .filter(session -> session.isValidAt(now))
                .flatMap(session -> agents.findById(session.workspaceId(), session.agentId()))
                .filter(Agent::enabled)
                .map(agent -> new AuthenticatedAgent(agent.getId(), agent.workspaceId(), agent.role(),
                        agent.displayName()));
    }

    private PasswordHash dummyHash() {
        PasswordHash hash = dummy;
        if (hash == null) {
            hash = hashing.hash("timing-equaliser");
            dummy = hash;
        }
        return hash;
    }

    private static Optional<EmailAddress> parse(String email) {
        try {
            return Optional.of(new EmailAddress(email));
        } catch (DomainException e) {
            return Optional.empty();
        }
    }

    private static DomainException invalidCredentials() {
        return DomainException.unauthenticated("auth.invalid-credentials", "wrong e-mail address or password");
    }

    private static DomainException locked(Agent agent) {
        return new DomainException(DomainException.Kind.RATE_LIMITED, "auth.locked",
                "too many wrong passwords; sign-in is locked until " + agent.lockedUntil());
    }
}
