package io.parley;

import io.parley.agent.Role;
import io.parley.agent.model.Agent;
import io.parley.agent.model.EmailAddress;
import io.parley.agent.model.PasswordHash;
import io.parley.agent.port.Agents;
import io.parley.channel.ChannelType;
import io.parley.channel.model.Inbox;
import io.parley.channel.port.Inboxes;
import io.parley.visitor.model.Visitor;
import io.parley.visitor.model.VisitorProfile;
import io.parley.visitor.port.Visitors;
import io.parley.workspace.model.Workspace;
import io.parley.workspace.model.WorkspaceName;
import io.parley.workspace.port.Workspaces;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Stores what conversations refer to: a workspace with an inbox, visitors and agents. */
@Component
public class Tenants {

    /** A moment with microseconds only: PostgreSQL keeps no finer precision. */
    public static final Instant T0 = Instant.parse("2026-03-01T09:30:00.123456Z");

    private final Workspaces workspaces;
    private final Inboxes inboxes;
    private final Visitors visitors;
    private final Agents agents;

    Tenants(Workspaces workspaces, Inboxes inboxes, Visitors visitors, Agents agents) {
        this.workspaces = workspaces;
        this.inboxes = inboxes;
        this.visitors = visitors;
        this.agents = agents;
    }

    public Tenant create(String name) {
        var workspace = workspaces.save(Workspace.create(new WorkspaceName(name), Set.of(), T0));
        var inbox = inboxes.save(Inbox.open(workspace.getId(), "Website", ChannelType.WEB_WIDGET, true, T0));
        return new Tenant(workspace, inbox);
    }

    public Visitor visitor(Tenant tenant) {
        return visitors.save(Visitor.arrive(tenant.workspace().getId(), tenant.inbox().getId(), VisitorProfile.ANONYMOUS, T0));
    }

    public Agent agent(Tenant tenant) {
        var email = new EmailAddress("agent-" + UUID.randomUUID() + "@example.com");
        return agents.save(Agent.register(tenant.workspace().getId(), email, "Agent", Role.AGENT,
                new PasswordHash("{noop}secret"), T0));
    }

    public record Tenant(Workspace workspace, Inbox inbox) {}
}
