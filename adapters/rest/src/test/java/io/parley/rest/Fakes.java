package io.parley.rest;

import static io.parley.rest.Fixtures.*;

import io.parley.agent.AgentAdministration;
import io.parley.agent.AgentAuthentication;
import io.parley.agent.AgentView;
import io.parley.agent.AuthenticatedAgent;
import io.parley.agent.RegisterAgent;
import io.parley.agent.Role;
import io.parley.agent.SignIn;
import io.parley.agent.SignedIn;
import io.parley.agent.UpdateAgent;
import io.parley.channel.ChannelType;
import io.parley.channel.CreateInbox;
import io.parley.channel.AnswerMode;
import io.parley.channel.ConfigureInbox;
import io.parley.channel.InboxAdministration;
import io.parley.channel.InboxView;
import io.parley.shared.AgentId;
import io.parley.shared.DomainException;
import io.parley.shared.InboxId;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import io.parley.visitor.StartVisitorSession;
import io.parley.visitor.VisitorClaims;
import io.parley.visitor.VisitorSession;
import io.parley.visitor.VisitorSessions;
import io.parley.visitor.VisitorView;
import io.parley.workspace.UpdateWorkspace;
import io.parley.workspace.WorkspaceAdministration;
import io.parley.workspace.WorkspaceView;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Small in-memory stand-ins for the use cases the application implements; conversations are in {@link FakeConversations}. */
final class Fakes {

    private Fakes() {}

    @Component
    static class Agents implements AgentAuthentication, AgentAdministration {

        final Map<AgentId, AgentView> agents = new ConcurrentHashMap<>(Map.of(
                ADMIN, new AgentView(ADMIN, WORKSPACE, ADMIN_EMAIL, "Ada Admin", Role.ADMIN, true, null, NOW),
                AGENT, new AgentView(AGENT, WORKSPACE, "agent@example.com", "Alan Agent", Role.AGENT, true, null,
                        NOW)));
        final Map<String, AgentId> tokens = new ConcurrentHashMap<>(Map.of(ADMIN_TOKEN, ADMIN, AGENT_TOKEN, AGENT));

        @Override
        public SignedIn signIn(SignIn command) {
            if (!ADMIN_EMAIL.equals(command.email()) || !ADMIN_PASSWORD.equals(command.password())) {
                throw DomainException.unauthenticated("auth.invalid-credentials",
                        "the e-mail address or the password is wrong");
            }
            return new SignedIn(ADMIN_TOKEN, NOW.plus(Duration.ofHours(12)), agents.get(ADMIN));
        }

        @Override
        public void signOut(String token) {
            tokens.remove(token);
        }

        @Override
        public Optional<AuthenticatedAgent> authenticate(String token) {
            return Optional.ofNullable(tokens.get(token)).map(agents::get)
                    .map(a -> new AuthenticatedAgent(a.id(), a.workspaceId(), a.role(), a.displayName()));
        }

        @Override
        public List<AgentView> list(WorkspaceId workspace) {
            return agents.values().stream().filter(a -> a.workspaceId().equals(workspace)).toList();
        }

        @Override
        public Optional<AgentView> find(WorkspaceId workspace, AgentId agent) {
            return Optional.ofNullable(agents.get(agent)).filter(a -> a.workspaceId().equals(workspace));
        }

        @Override
        public AgentView register(RegisterAgent command) {
            if (agents.values().stream().anyMatch(a -> a.email().equals(command.email()))) {
                throw DomainException.conflict("agent.email-taken", "an agent with this e-mail address exists");
            }
            AgentView view = new AgentView(AgentId.random(), command.workspace(), command.email(),
                    command.displayName(), command.role(), true, null, NOW);
            agents.put(view.id(), view);
            return view;
        }

        @Override
        public AgentView update(UpdateAgent command) {
            AgentView old = find(command.workspace(), command.agent())
                    .orElseThrow(() -> DomainException.notFound("agent.not-found", "no such agent"));
            AgentView updated = new AgentView(old.id(), old.workspaceId(), old.email(),
                    command.displayName() == null ? old.displayName() : command.displayName(),
                    command.role() == null ? old.role() : command.role(),
                    command.enabled() == null ? old.enabled() : command.enabled(), old.avatarUrl(), old.createdAt());
            agents.put(updated.id(), updated);
            return updated;
        }

        @Override
        public AgentView restoreAdmin(io.parley.agent.RestoreAdmin command) {
            throw new UnsupportedOperationException("no REST route restores an admin");
        }
    }

    @Component
    static class Visitors implements VisitorSessions {

        final Map<String, StartVisitorSession> started = new ConcurrentHashMap<>();

        @Override
        public VisitorSession start(StartVisitorSession command) {
            if (!WIDGET_KEY.equals(command.widgetKey())) {
                throw DomainException.notFound("visitor.unknown-widget", "no widget has this key");
            }
            if (REFUSED_ORIGIN.equals(command.origin())) {
                throw DomainException.forbidden("visitor.origin-refused", "this site may not embed the widget");
            }
            started.put(String.valueOf(command.origin()), command);
            boolean returning = VISITOR_TOKEN.equals(command.visitorToken());
            return new VisitorSession(VISITOR_TOKEN, WORKSPACE, INBOX, VISITOR, NOW.plus(Duration.ofDays(30)), returning);
        }

        @Override
        public Optional<VisitorClaims> authenticate(String token) {
            return VISITOR_TOKEN.equals(token)
                    ? Optional.of(new VisitorClaims(WORKSPACE, INBOX, VISITOR, NOW.plus(Duration.ofDays(30))))
                    : Optional.empty();
        }

        @Override
        public Optional<VisitorView> find(WorkspaceId workspace, VisitorId visitor) {
            return Optional.empty();
        }
    }

    @Component
    static class Workspaces implements WorkspaceAdministration {

        volatile WorkspaceView workspace = new WorkspaceView(WORKSPACE, "Acme", List.of("https://shop.example"), NOW);

        @Override
        public WorkspaceView get(WorkspaceId id) {
            return workspace;
        }

        @Override
        public WorkspaceView create(String name, List<String> allowedOrigins) {
            throw new UnsupportedOperationException("the REST API does not create workspaces");
        }

        @Override
        public Optional<WorkspaceView> findFirst() {
            return Optional.of(workspace);
        }

        @Override
        public WorkspaceView update(UpdateWorkspace command) {
            workspace = new WorkspaceView(workspace.id(), command.name() == null ? workspace.name() : command.name(),
                    command.allowedOrigins() == null ? workspace.allowedOrigins() : command.allowedOrigins(),
                    command.allowedLinkHosts() == null ? workspace.allowedLinkHosts() : command.allowedLinkHosts(),
                    workspace.createdAt());
            return workspace;
        }

        @Override
        public boolean admitsOrigin(WorkspaceId id, String origin) {
            return workspace.allowedOrigins().contains(origin);
        }

        @Override
        public boolean admitsAgentOrigin(WorkspaceId id, String origin) {
            return !"*".equals(origin) && workspace.allowedOrigins().contains(origin);
        }
    }

    @Component
    static class Inboxes implements InboxAdministration {

        final Map<InboxId, InboxView> inboxes = new ConcurrentHashMap<>(Map.of(INBOX,
                new InboxView(INBOX, WORKSPACE, "Website", ChannelType.WEB_WIDGET, WIDGET_KEY, true, true, NOW)));

        @Override
        public List<InboxView> list(WorkspaceId workspace) {
            return List.copyOf(inboxes.values());
        }

        @Override
        public InboxView get(WorkspaceId workspace, InboxId id) {
            return Optional.ofNullable(inboxes.get(id))
                    .orElseThrow(() -> DomainException.notFound("channel.inbox-not-found", "there is no such inbox"));
        }

        @Override
        public InboxView create(CreateInbox command) {
            InboxView view = new InboxView(InboxId.random(), command.workspace(), command.name(), command.channel(),
                    null, command.botFirst(), true, NOW, command.answerMode(), true);
            inboxes.put(view.id(), view);
            return view;
        }

        @Override
        public InboxView configure(WorkspaceId workspace, InboxId id, ConfigureInbox change) {
            InboxView old = get(workspace, id);
            AnswerMode mode = change.answerMode() == null ? old.answerMode() : change.answerMode();
            InboxView view = new InboxView(old.id(), old.workspaceId(), change.name() == null ? old.name()
                    : change.name(), old.channel(), old.widgetKey(), mode.botFirst(), old.enabled(), old.createdAt(),
                    mode, change.vipHandOver() == null ? old.vipHandOver() : change.vipHandOver());
            inboxes.put(id, view);
            return view;
        }

        @Override
        public Optional<InboxView> findByWidgetKey(String widgetKey) {
            return Optional.empty();
        }
    }
}
