package io.parley.gateway.adapter.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.agent.Role;
import io.parley.conversation.Actor;
import io.parley.shared.AgentId;
import io.parley.shared.InboxId;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import io.parley.workspace.WorkspaceAdministration;
import org.junit.jupiter.api.Test;

class OriginPolicyTests {

    private static final WorkspaceId WORKSPACE = WorkspaceId.random();
    private static final Actor VISITOR = new Actor.Visitor(WORKSPACE, InboxId.random(), VisitorId.random());
    private static final Actor AGENT = new Actor.Agent(WORKSPACE, AgentId.random(), Role.AGENT);

    private static final WorkspaceId OPEN = WorkspaceId.random();

    /** WORKSPACE lists https://shop.example.com; OPEN allows every origin with the wildcard. */
    private final OriginPolicy policy = new OriginPolicy(PartialFake.of(WorkspaceAdministration.class, new Object() {
        @SuppressWarnings("unused")
        public boolean admitsOrigin(WorkspaceId id, String origin) {
            return id.equals(OPEN) || id.equals(WORKSPACE) && origin.equals("https://shop.example.com");
        }

        @SuppressWarnings("unused")
        public boolean admitsAgentOrigin(WorkspaceId id, String origin) {
            return id.equals(WORKSPACE) && origin.equals("https://shop.example.com");
        }
    }));

    @Test
    void clientsWithoutOriginAreNotBrowsersAndPass() {
        assertThat(policy.admits(VISITOR, new Handshake(null, "https://chat.example.com"))).isTrue();
        assertThat(policy.admits(AGENT, new Handshake(null, "https://chat.example.com"))).isTrue();
    }

    @Test
    void visitorsPagesMustBeAllowedByTheWorkspace() {
        assertThat(policy.admits(VISITOR, new Handshake("https://shop.example.com", "https://chat.example.com")))
                .isTrue();
        assertThat(policy.admits(VISITOR, new Handshake("https://evil.example.net", "https://chat.example.com")))
                .isFalse();
    }

    @Test
    void visitorsAreNotAdmittedForComingFromTheServerItself() {
        assertThat(policy.admits(VISITOR, new Handshake("https://chat.example.com", "https://chat.example.com")))
                .isFalse();
    }

    @Test
    void agentsMayUseTheConsoleServedByThisServerOrAnAllowedPage() {
        assertThat(policy.admits(AGENT, new Handshake("https://CHAT.example.com:443", "https://chat.example.com")))
                .isTrue();
        assertThat(policy.admits(AGENT, new Handshake("https://shop.example.com", "https://chat.example.com")))
                .isTrue();
        assertThat(policy.admits(AGENT, new Handshake("http://chat.example.com", "https://chat.example.com")))
                .as("another scheme is another origin").isFalse();
        assertThat(policy.admits(AGENT, new Handshake("null", "https://chat.example.com"))).isFalse();
    }

    @Test
    void theWildcardAdmitsVisitorsButNeverAgents() {
        var visitor = new Actor.Visitor(OPEN, InboxId.random(), VisitorId.random());
        var agent = new Actor.Agent(OPEN, AgentId.random(), Role.ADMIN);
        var evil = new Handshake("https://evil.example.net", "https://chat.example.com");

        assertThat(policy.admits(visitor, evil)).isTrue();
        assertThat(policy.admits(agent, evil)).isFalse();
        assertThat(policy.admits(agent, new Handshake("https://chat.example.com", "https://chat.example.com")))
                .as("the console served by this server").isTrue();
    }

    @Test
    void normalizesCaseAndDefaultPorts() {
        assertThat(OriginPolicy.normalize("HTTP://Example.COM:80")).isEqualTo("http://example.com");
        assertThat(OriginPolicy.normalize("https://example.com:8443")).isEqualTo("https://example.com:8443");
        assertThat(OriginPolicy.normalize("not an origin")).isEqualTo("not an origin");
    }
}
