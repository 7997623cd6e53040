package io.parley.gateway;

import static io.parley.gateway.Frames.messageIn;
import static io.parley.gateway.Frames.send;
import static io.parley.gateway.Frames.start;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.agent.Role;
import io.parley.gateway.protocol.ServerFrame;
import io.parley.shared.WorkspaceId;
import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.ParleySocket;
import io.parley.testing.ParleySocket.Encoding;
import io.parley.testing.Tenant;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An agent's open WebSocket follows what their sign-in allows now: disabling them, signing them out or resetting
 * their password closes it with auth.revoked (1008) within 2 s, after which it gets nothing; the REST token stops
 * working too. A new role applies without closing.
 */
class AgentAccessIntegrationTests extends ParleyIntegrationTest {

    static final Duration REVOKED_WITHIN = Duration.ofSeconds(2);
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void disablingAnAgentClosesTheirSocketAndTheyGetNoMoreMessages() {
        Tenant tenant = newTenant();
        String email = registerAgent(tenant, Role.AGENT, "Dora");
        String token = client().login(email, ADMIN_PASSWORD);
        try (var visitor = visitorWithConversation(tenant); var agent = agentSocket(token)) {
            String conversation = visitor.conversation;
            visitor.socket.request(send(conversation, "v-1", "before"));
            agent.await(messageIn(conversation, 1), WAIT);

            var disabled = client().patch("/api/v1/agents/" + idOf(tenant, email), tenant.adminToken(),
                    Map.of("enabled", false));
            assertThat(disabled.status()).isEqualTo(200);

            assertRevoked(agent);
            visitor.socket.request(send(conversation, "v-2", "after the disable"));
            assertThat(agent.poll(Duration.ofMillis(300))).as("nothing after the close").isNull();
        }
        assertThat(client().get("/api/v1/auth/me", token).status()).as("nor over REST").isEqualTo(401);
    }

    @Test
    void signingOutClosesTheSocketsOfThatSignInOnly() {
        Tenant tenant = newTenant();
        String email = registerAgent(tenant, Role.AGENT, "Eve");
        String laptop = client().login(email, ADMIN_PASSWORD);
        String phone = client().login(email, ADMIN_PASSWORD);
        try (var visitor = visitorWithConversation(tenant); var onLaptop = agentSocket(laptop);
             var onPhone = agentSocket(phone)) {
            assertThat(client().post("/api/v1/auth/logout", laptop, Map.of()).status()).isEqualTo(204);

            assertRevoked(onLaptop);
            visitor.socket.request(send(visitor.conversation, "v-1", "still there?"));
            assertThat(onPhone.await(messageIn(visitor.conversation, 1), WAIT).getMessage().getMessage().getBody())
                    .as("the other sign-in holds").isEqualTo("still there?");
            assertThat(onPhone.isClosed()).isFalse();
        }
        assertThat(client().get("/api/v1/auth/me", laptop).status()).isEqualTo(401);
        assertThat(client().get("/api/v1/auth/me", phone).status()).isEqualTo(200);
    }

    @Test
    void resettingThePasswordClosesEverySocketOfTheAgent() {
        Tenant tenant = newTenant();
        String email = registerAgent(tenant, Role.AGENT, "Finn");
        String token = client().login(email, ADMIN_PASSWORD);
        try (var agent = agentSocket(token)) {
            var reset = client().patch("/api/v1/agents/" + idOf(tenant, email), tenant.adminToken(),
                    Map.of("password", "a-brand-new-password"));
            assertThat(reset.status()).isEqualTo(200);

            assertRevoked(agent);
        }
        assertThat(client().get("/api/v1/auth/me", token).status()).isEqualTo(401);
    }

    @Test
    void aDemotedAdminKeepsTheSocketButLosesTheAdminRights() {
        Tenant tenant = newTenant();
        String email = registerAgent(tenant, Role.ADMIN, "Gus");
        String token = client().login(email, ADMIN_PASSWORD);
        try (var visitor = visitorWithConversation(tenant); var agent = agentSocket(token)) {
            assertThat(client().get("/api/v1/agents", token).status()).isEqualTo(200);

            var demoted = client().patch("/api/v1/agents/" + idOf(tenant, email), tenant.adminToken(),
                    Map.of("role", "AGENT"));
            assertThat(demoted.status()).isEqualTo(200);

            assertThat(client().get("/api/v1/agents", token).status()).as("admin routes refused at once")
                    .isEqualTo(403);
            visitor.socket.request(send(visitor.conversation, "v-1", "hello"));
            agent.await(messageIn(visitor.conversation, 1), WAIT);
            ServerFrame reply = agent.request(send(visitor.conversation, "a-1", "hi, how can I help?"));
            assertThat(reply.getAck().getSequence()).as("an agent still answers").isEqualTo(2);
            assertThat(agent.isClosed()).isFalse();
        }
    }

    static void assertRevoked(ParleySocket socket) {
        long start = System.nanoTime();
        ServerFrame error = socket.await(ServerFrame::hasError, WAIT);
        assertThat(error.getError().getCode()).isEqualTo("auth.revoked");
        assertThat(error.getError().getFatal()).isTrue();
        assertThat(socket.awaitClose(WAIT)).isEqualTo(1008);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("closed within 2 s").isLessThan(REVOKED_WITHIN);
    }

    private ParleySocket agentSocket(String token) {
        var socket = ParleySocket.open(Encoding.JSON, port, null);
        assertThat(socket.authenticateAgent(token).hasAuthenticated()).isTrue();
        return socket;
    }

    private VisitorInConversation visitorWithConversation(Tenant tenant) {
        String token = client().visitorSession(tenant.widgetKey(), tenant.origin()).path("visitorToken").asString();
        var socket = ParleySocket.open(Encoding.PROTO, port, tenant.origin());
        socket.authenticateVisitor(token);
        String conversation = socket.request(start()).getConversationStarted().getConversation().getId();
        return new VisitorInConversation(socket, conversation);
    }

    private String idOf(Tenant tenant, String email) {
        return agents.list(WorkspaceId.parse(tenant.workspaceId())).stream().filter(a -> a.email().equals(email))
                .findFirst().orElseThrow().id().toString();
    }

    private record VisitorInConversation(ParleySocket socket, String conversation) implements AutoCloseable {
        @Override
        public void close() {
            socket.close();
        }
    }
}
