package io.parley.gateway.adapter.websocket;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.parley.agent.AgentAuthentication;
import io.parley.agent.AuthenticatedAgent;
import io.parley.agent.PresenceNotifications;
import io.parley.agent.Role;
import io.parley.conversation.ConversationMessaging;
import io.parley.conversation.ConversationNotifications;
import io.parley.shared.AgentId;
import io.parley.shared.InboxId;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import io.parley.visitor.VisitorClaims;
import io.parley.visitor.VisitorSessions;
import io.parley.workspace.WorkspaceAdministration;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.server.ServerConnector;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.jetty.JettyServerCustomizer;
import org.springframework.context.annotation.Bean;

/** The gateway alone, on fakes of the ports it calls: two agents and two visitors of one workspace. */
@SpringBootApplication
class GatewayTestApplication {

    static final WorkspaceId WORKSPACE = WorkspaceId.random();
    static final InboxId INBOX = InboxId.random();
    static final AgentId ANN = AgentId.random();
    static final AgentId BOB = AgentId.random();
    static final VisitorId VERA = VisitorId.random();
    static final VisitorId WALT = VisitorId.random();
    static final String SHOP = "https://shop.example.com";
    /** Admitted like {@link #SHOP}, but its check waits for {@link #SLOW_ORIGIN_CHECKS} (a slow database). */
    static final String SLOW_SHOP = "https://slow-shop.example.com";
    static final AtomicReference<CountDownLatch> SLOW_ORIGIN_CHECKS = new AtomicReference<>(new CountDownLatch(0));
    /** A second workspace, used by one test only, so that its connection counts are its own. */
    static final WorkspaceId OTHER = WorkspaceId.random();
    static final AgentId CARL = AgentId.random();
    static final VisitorId OLGA = VisitorId.random();

    /** Boot's tests export no metrics; a registry of their own lets them read the gateway's meters. */
    @Bean
    SimpleMeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }

    /**
     * Socket send buffers of a fixed 32 KB instead of the kernel's auto-tuning (up to 4 MB here), so that a client
     * that stops reading blocks the server's writes after kilobytes, not megabytes.
     */
    @Bean
    JettyServerCustomizer smallSendBuffers() {
        return server -> {
            for (var connector : server.getConnectors()) {
                if (connector instanceof ServerConnector network) {
                    network.setAcceptedSendBufferSize(32768);
                }
            }
        };
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Takes the notifications port in its constructor, as the real service does: the gateway must allow that. */
    @Bean
    FakeConversations fakeConversations(ConversationNotifications notifications, Clock clock) {
        return new FakeConversations(notifications, clock);
    }

    @Bean
    ConversationMessaging conversationMessaging(FakeConversations conversations) {
        return PartialFake.of(ConversationMessaging.class, conversations);
    }

    @Bean
    FakeConsoleConnections consoleConnections(PresenceNotifications notifications) {
        return new FakeConsoleConnections(notifications);
    }

    @Bean
    FakeAgentTokens agentTokens() {
        return new FakeAgentTokens(Map.of(
                "ann-token", new AuthenticatedAgent(ANN, WORKSPACE, Role.AGENT, "Ann"),
                "bob-token", new AuthenticatedAgent(BOB, WORKSPACE, Role.SUPERVISOR, "Bob"),
                "carl-token", new AuthenticatedAgent(CARL, OTHER, Role.AGENT, "Carl")));
    }

    @Bean
    AgentAuthentication agentAuthentication(FakeAgentTokens tokens) {
        return PartialFake.of(AgentAuthentication.class, tokens);
    }

    @Bean
    VisitorSessions visitorSessions() {
        Instant later = Instant.now().plusSeconds(3600);
        Map<String, VisitorClaims> tokens = Map.of(
                "vera-token", new VisitorClaims(WORKSPACE, INBOX, VERA, later),
                "walt-token", new VisitorClaims(WORKSPACE, INBOX, WALT, later),
                "olga-token", new VisitorClaims(OTHER, INBOX, OLGA, later));
        return PartialFake.of(VisitorSessions.class, new Object() {
            public Optional<VisitorClaims> authenticate(String token) {
                return Optional.ofNullable(tokens.get(token));
            }
        });
    }

    @Bean
    WorkspaceAdministration workspaceAdministration() {
        return PartialFake.of(WorkspaceAdministration.class, new Object() {
            public boolean admitsOrigin(WorkspaceId id, String origin) {
                if (origin.equals(SLOW_SHOP)) {
                    try {
                        return SLOW_ORIGIN_CHECKS.get().await(60, TimeUnit.SECONDS) && id.equals(WORKSPACE);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }
                return id.equals(WORKSPACE) && origin.equals(SHOP);
            }

            public boolean admitsAgentOrigin(WorkspaceId id, String origin) {
                return admitsOrigin(id, origin);
            }
        });
    }
}
