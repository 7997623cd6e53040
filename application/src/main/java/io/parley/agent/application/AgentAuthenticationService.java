package io.parley.agent.application;

import io.parley.agent.AgentAccessChanged;
import io.parley.agent.AgentAuthentication;
import io.parley.agent.AgentLockedOut;
import io.parley.agent.AgentSignedIn;
import io.parley.agent.AuthenticatedAgent;
import io.parley.agent.SignIn;
import io.parley.agent.SignedIn;
import io.parley.agent.model.Agent;
import io.parley.agent.model.AgentSession;
import io.parley.agent.model.EmailAddress;
import io.parley.agent.model.PasswordHash;
import io.parley.agent.model.SignInOutcome;
import io.parley.agent.port.AgentSessions;
import io.parley.agent.port.Agents;
import io.parley.agent.port.PasswordHashing;
import io.parley.shared.DomainException;
import io.parley.shared.port.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Sign-in. Failed attempts are throttled per account and client address ({@link SignInThrottle}); an unknown address
 * goes through the same steps as a known one (one bcrypt comparison, the same counting, the same answers), so that
 * neither the answer nor its timing tells which addresses exist.
 */
@Service
class AgentAuthenticationService implements AgentAuthentication {

    private final Agents agents;
    private final AgentSessions sessions;
    private final PasswordHashing hashing;
    private final AgentProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SignInThrottle throttle;
    private volatile @Nullable PasswordHash dummy;

    AgentAuthenticationService(Agents agents, AgentSessions sessions, PasswordHashing hashing,
                               AgentProperties properties, ApplicationEventPublisher events, Clock clock,
                               RateLimiter limiter) {
        this.agents = agents;
        this.sessions = sessions;
        this.hashing = hashing;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
        this.throttle = new SignInThrottle(limiter, properties);
    }

    @Override
    public SignedIn signIn(SignIn command) {
        String account = command.email() == null ? "" : command.email();
        String client = command.clientAddress();
        Optional<Duration> wait = throttle.refusal(account, client);
        if (wait.isPresent()) {
            throw locked(wait.get());
        }
        Optional<Agent> found = parse(account).flatMap(agents::findByEmail);
        String password = command.password() == null ? "" : command.password();
        // an unknown address is checked against a dummy hash: one bcrypt comparison either way
        boolean matched = hashing.matches(password, found.map(Agent::passwordHash).orElseGet(this::dummyHash))
                && found.isPresent() && command.password() != null;
        if (!matched) {
            SignInThrottle.Failure failure = throttle.failed(account, client);
            if (failure.lockedNow()) {
                found.ifPresent(agent -> events.publishEvent(new AgentLockedOut(agent.workspaceId(), agent.getId(),
                        clock.instant().plus(failure.retryAfter()))));
                throw locked(failure.retryAfter());
            }
            throw invalidCredentials(); // a disabled account too: only its password may learn that it is disabled
        }
        Agent agent = found.orElseThrow();
        Instant now = clock.instant();
        return switch (agent.attemptSignIn(true)) {
            case SIGNED_IN -> {
                throttle.succeeded(account, client);
                yield issueToken(agent, now);
            }
            case WRONG_PASSWORD -> throw invalidCredentials();
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
        String hash = hashing.hashToken(token);
        Optional<AgentSession> session = sessions.findByTokenHash(hash);
        sessions.revoke(hash);
        // the connections opened with this token close too
        session.ifPresent(s -> events.publishEvent(new AgentAccessChanged(s.workspaceId(), s.agentId())));
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

    private static DomainException locked(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return DomainException.rateLimited("auth.locked", "too many failed sign-ins from your network; try again in "
                + minutes + (minutes == 1 ? " minute" : " minutes") + ", or ask an administrator to reset your password",
                wait);
    }
}
