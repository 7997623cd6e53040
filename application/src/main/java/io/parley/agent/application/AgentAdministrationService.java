package io.parley.agent.application;

import io.parley.agent.AgentAccessChanged;
import io.parley.agent.AgentAdministration;
import io.parley.agent.AgentJoinedTeam;
import io.parley.agent.AgentView;
import io.parley.agent.PublicProfile;
import io.parley.agent.RegisterAgent;
import io.parley.agent.RestoreAdmin;
import io.parley.agent.Role;
import io.parley.agent.UpdateAgent;
import io.parley.agent.model.Agent;
import io.parley.agent.model.EmailAddress;
import io.parley.agent.model.LastAdminPolicy;
import io.parley.agent.port.AgentSessions;
import io.parley.agent.port.Agents;
import io.parley.agent.port.PasswordHashing;
import io.parley.shared.AgentId;
import io.parley.shared.DomainException;
import io.parley.shared.WorkspaceId;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AgentAdministrationService implements AgentAdministration {

    private final Agents agents;
    private final AgentSessions sessions;
    private final PasswordHashing hashing;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AgentAdministrationService(Agents agents, AgentSessions sessions, PasswordHashing hashing,
                               ApplicationEventPublisher events, Clock clock) {
        this.agents = agents;
        this.sessions = sessions;
        this.hashing = hashing;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AgentView> list(WorkspaceId workspace) {
        return agents.findByWorkspace(workspace).stream().map(AgentAdministrationService::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AgentView> find(WorkspaceId workspace, AgentId agent) {
        return agents.findById(workspace, agent).map(AgentAdministrationService::view);
    }

    @Override
    @Transactional
    public AgentView register(RegisterAgent command) {
        var email = new EmailAddress(command.email());
        if (agents.findByEmail(email).isPresent()) {
            throw DomainException.conflict("agent.email-taken", "an agent with this e-mail address exists already");
        }
        checkPassword(command.password());
        var agent = Agent.register(command.workspace(), email, command.displayName(), command.role(),
                hashing.hash(command.password()), clock.instant());
        agents.save(agent);
        events.publishEvent(new AgentJoinedTeam(agent.workspaceId(), agent.getId()));
        return view(agent);
    }

    @Override
    @Transactional
    public AgentView update(UpdateAgent command) {
        Agent agent = agents.findById(command.workspace(), command.agent())
                .orElseThrow(() -> DomainException.notFound("agent.not-found", "no such agent"));
        boolean administered = agent.administers();
        boolean wasEnabled = agent.enabled();
        if (command.displayName() != null) {
            agent.rename(command.displayName());
        }
        // what the agent's open connections may do changes with the role, and ends with the sessions
        boolean accessChanged = false;
        if (command.role() != null) {
            accessChanged = command.role() != agent.role();
            agent.changeRole(command.role());
        }
        if (Boolean.FALSE.equals(command.enabled())) {
            agent.disable();
        } else if (Boolean.TRUE.equals(command.enabled())) {
            agent.enable();
        }
        if (administered && !agent.administers()) {
            LastAdminPolicy.checkStillAdministered(agent, agents.lockWorkspace(command.workspace()));
        }
        if (command.password() != null) {
            checkPassword(command.password());
            agent.changePassword(hashing.hash(command.password()));
            sessions.revokeAllOf(agent.getId());
            accessChanged = true;
        }
        if (Boolean.FALSE.equals(command.enabled())) {
            sessions.revokeAllOf(agent.getId());
            accessChanged = true;
        }
        agents.save(agent);
        if (!wasEnabled && agent.enabled()) {
            events.publishEvent(new AgentJoinedTeam(agent.workspaceId(), agent.getId()));
        }
        if (accessChanged) {
            events.publishEvent(new AgentAccessChanged(agent.workspaceId(), agent.getId()));
        }
        return view(agent);
    }

    @Override
    @Transactional
    public AgentView restoreAdmin(RestoreAdmin command) {
        var email = new EmailAddress(command.email());
        checkPassword(command.password());
        var hash = hashing.hash(command.password());
        Agent agent = agents.findByEmail(email).orElse(null);
        if (agent == null) {
            agent = Agent.register(command.workspace(), email, "Admin", Role.ADMIN, hash, clock.instant());
        } else {
            agent.changeRole(Role.ADMIN);
            agent.enable();
            agent.changePassword(hash);
            sessions.revokeAllOf(agent.getId());
            events.publishEvent(new AgentAccessChanged(agent.workspaceId(), agent.getId()));
        }
        return view(agents.save(agent));
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < RegisterAgent.MIN_PASSWORD || password.length() > 200) {
            throw DomainException.invalid("agent.weak-password",
                    "a password needs at least " + RegisterAgent.MIN_PASSWORD + " characters");
        }
    }

    static AgentView view(Agent agent) {
        return new AgentView(agent.getId(), agent.workspaceId(), agent.email().value(), agent.displayName(),
                agent.role(), agent.enabled(), avatarUrl(agent), agent.createdAt());
    }

    static @Nullable String avatarUrl(Agent agent) {
        return agent.avatar() == null ? null : PublicProfile.avatarUrl(agent.avatar().value());
    }
}
