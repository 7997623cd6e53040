package io.parley.testing;

import io.parley.ParleyApplication;
import io.parley.agent.AgentAdministration;
import io.parley.agent.RegisterAgent;
import io.parley.agent.Role;
import io.parley.channel.ChannelType;
import io.parley.channel.CreateInbox;
import io.parley.channel.InboxAdministration;
import io.parley.workspace.WorkspaceAdministration;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the end-to-end tests: the whole application on a random port against a real PostgreSQL database. All
 * subclasses share one application context and database; each test isolates itself by creating its own workspace
 * or conversation.
 */
@SpringBootTest(classes = ParleyApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(ParleyIntegrationTest.RELAXED_LIMITS)
public abstract class ParleyIntegrationTest {

    /** The profile that raises every client-address limit (src/test/resources/application-relaxed-limits.properties). */
    public static final String RELAXED_LIMITS = "relaxed-limits";

    public static final String ADMIN_EMAIL = "admin@parley.test";
    public static final String ADMIN_PASSWORD = "correct-horse-battery";
    /** Every node of a cluster needs the same one, so that a visitor token works on any of them. */
    public static final String VISITOR_TOKEN_SECRET = "integration-tests-only-secret-0123456789abcdef";

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("parley.database.url", TestPostgres::url);
        registry.add("parley.database.user", TestPostgres::user);
        registry.add("parley.first-start.admin-email", () -> ADMIN_EMAIL);
        registry.add("parley.first-start.admin-password", () -> ADMIN_PASSWORD);
        registry.add("parley.first-start.allowed-origins", () -> "https://shop.example.com");
        registry.add("parley.security.bcrypt-strength", () -> "4");
        registry.add("parley.security.visitor-token-secret", () -> VISITOR_TOKEN_SECRET);
    }

    @Autowired
    protected WorkspaceAdministration workspaces;

    @Autowired
    protected AgentAdministration agents;

    @Autowired
    protected InboxAdministration inboxes;

    /** A fresh workspace with an admin (signed in) and a web-widget inbox, isolated from every other test's. */
    protected Tenant newTenant() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String origin = "https://site-" + suffix + ".example.com";
        var workspace = workspaces.create("Tenant " + suffix, List.of(origin));
        String email = "admin-" + suffix + "@parley.test";
        agents.register(new RegisterAgent(workspace.id(), email, "Admin " + suffix, Role.ADMIN, ADMIN_PASSWORD));
        var inbox = inboxes.create(new CreateInbox(workspace.id(), "Website", ChannelType.WEB_WIDGET, false));
        String token = client().login(email, ADMIN_PASSWORD);
        return new Tenant(workspace.id().toString(), email, token, inbox.widgetKey(), inbox.id().toString(), origin);
    }

    /** Another agent of the tenant's workspace, signed in; returns the token. */
    protected String newAgent(Tenant tenant, Role role) {
        return client().login(registerAgent(tenant, role, "Agent"), ADMIN_PASSWORD);
    }

    /** Another agent of the tenant's workspace, with {@link #ADMIN_PASSWORD}; returns the e-mail address. */
    protected String registerAgent(Tenant tenant, Role role, String displayName) {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@parley.test";
        agents.register(new RegisterAgent(io.parley.shared.WorkspaceId.parse(tenant.workspaceId()), email,
                displayName, role, ADMIN_PASSWORD));
        return email;
    }

    protected ParleyClient client() {
        return new ParleyClient("http://127.0.0.1:" + port);
    }
}
