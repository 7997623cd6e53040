package io.parley.gateway;

import static io.parley.gateway.Frames.send;
import static io.parley.gateway.Frames.start;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.ParleyApplication;
import io.parley.agent.AgentAdministration;
import io.parley.agent.RegisterAgent;
import io.parley.agent.Role;
import io.parley.channel.ChannelType;
import io.parley.channel.CreateInbox;
import io.parley.channel.InboxAdministration;
import io.parley.gateway.protocol.ServerFrame;
import io.parley.testing.ParleyClient;
import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.ParleySocket;
import io.parley.testing.ParleySocket.Encoding;
import io.parley.testing.TcpProxy;
import io.parley.testing.TestPostgres;
import io.parley.testing.Tenant;
import io.parley.workspace.WorkspaceAdministration;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Parley reaches its database through a proxy the test cuts (as a stopped server) or black-holes (as a frozen server
 * or a network dropping packets). Clients learn within seconds that their request failed and may be retried; the
 * node reports itself not ready meanwhile and ready again once the database answers.
 */
@SpringBootTest(classes = ParleyApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseOutageIntegrationTests {

    private static final TcpProxy DATABASE = TcpProxy.to(TestPostgres.host(), TestPostgres.port());
    /** The store deadline plus the time a busy test machine may add. */
    private static final Duration PROMPTLY = Duration.ofSeconds(5);

    @LocalServerPort
    int port;

    @Autowired
    WorkspaceAdministration workspaces;

    @Autowired
    AgentAdministration agents;

    @Autowired
    InboxAdministration inboxes;

    @Autowired
    DataSource pool;

    /** The integration tests' settings ({@link ParleyIntegrationTest}) but for the database's address and deadlines. */
    @DynamicPropertySource
    static void throughProxy(DynamicPropertyRegistry registry) {
        registry.add("parley.database.url", () -> TestPostgres.urlThrough(DATABASE.host(), DATABASE.port()));
        registry.add("parley.database.user", TestPostgres::user);
        registry.add("parley.first-start.enabled", () -> "false");
        registry.add("parley.security.bcrypt-strength", () -> "4");
        registry.add("parley.security.visitor-token-secret", () -> ParleyIntegrationTest.VISITOR_TOKEN_SECRET);
        registry.add("parley.database.pool-size", () -> "3");
        registry.add("parley.database.acquire-timeout", () -> "1s");
        registry.add("parley.database.query-timeout", () -> "2s");
        registry.add("parley.database.health-timeout", () -> "1s");
        registry.add("parley.messaging.store-deadline", () -> "2s");
    }

    @AfterEach
    void databaseBack() {
        DATABASE.restore();
        awaitReady();
    }

    @AfterAll
    static void closeProxy() {
        DATABASE.close();
    }

    @Test
    void aSendWhileTheDatabaseIsAwayIsRefusedRetryablyInTimeAndItsResendIsStoredOnce() {
        Tenant tenant = newTenant();
        String visitorToken = visitorToken(tenant);
        try (var visitor = ParleySocket.open(Encoding.JSON, port, tenant.origin())) {
            visitor.authenticateVisitor(visitorToken);
            String conversation = visitor.request(start()).getConversationStarted().getConversation().getId();
            assertThat(visitor.request(send(conversation, "v-1", "hello")).getAck().getSequence()).isEqualTo(1);

            DATABASE.blackHole();
            var refused = timed(() -> visitor.request(send(conversation, "v-2", "still there?")));
            assertThat(refused.value().getError().getCode()).isEqualTo("store.unavailable");
            assertThat(refused.value().getError().getFatal()).isFalse();
            assertThat(refused.took()).as("answered by the store deadline").isLessThan(PROMPTLY);

            DATABASE.restore();
            awaitReady();
            ServerFrame again = visitor.request(send(conversation, "v-2", "still there?"));
            assertThat(again.getAck().getSequence()).as("the resend is stored, or found stored").isEqualTo(2);
            var history = client().get("/api/v1/visitor/conversations/" + conversation + "/messages", visitorToken);
            assertThat(history.body().path("items").valueStream().map(m -> m.path("clientMessageId").asString()))
                    .containsExactly("v-1", "v-2");
        }
    }

    @Test
    void restRequestsWhileTheDatabaseIsAwayAre503WithRetryAfterWithinSeconds() {
        Tenant tenant = newTenant();
        String visitorToken = visitorToken(tenant);
        String conversation = client().post("/api/v1/visitor/conversations", visitorToken, Map.of()).body()
                .path("id").asString();
        String messages = "/api/v1/visitor/conversations/" + conversation + "/messages";
        Map<String, String> message = Map.of("clientMessageId", "r-1", "body", "is my order on its way?");

        DATABASE.cut();
        var post = timed(() -> client().post(messages, visitorToken, message));
        assertUnavailable(post);
        var history = timed(() -> client().get(messages, visitorToken));
        assertUnavailable(history);
        var agentRead = timed(() -> client().get("/api/v1/conversations/" + conversation, tenant.adminToken()));
        assertUnavailable(agentRead);

        DATABASE.restore();
        // as a client does: again after Retry-After, with the same client message id, until it is stored
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofSeconds(2))
                .until(() -> client().post(messages, visitorToken, message).status(), status -> status == 200 || status == 201);
        assertThat(client().get(messages, visitorToken).body().path("items").valueStream()
                .map(m -> m.path("clientMessageId").asString())).containsExactly("r-1");
    }

    @Test
    void readinessIsDownWhileTheDatabaseIsAwayAndUpAgainByItselfAndHealthAnswersInTime() {
        assertThat(actuator("/actuator/health/readiness").statusCode()).isEqualTo(200);

        DATABASE.blackHole();
        var readiness = timed(() -> actuator("/actuator/health/readiness"));
        assertThat(readiness.value().statusCode()).as(readiness.value().body()).isEqualTo(503);
        assertThat(readiness.value().body()).contains("DOWN");
        assertThat(readiness.took()).isLessThan(Duration.ofSeconds(3));
        var health = timed(() -> actuator("/actuator/health"));
        assertThat(health.value().statusCode()).isEqualTo(503);
        assertThat(health.took()).as("health answers within its own timeout").isLessThan(Duration.ofSeconds(3));
        assertThat(actuator("/actuator/health/liveness").statusCode()).as("alive all the same").isEqualTo(200);

        DATABASE.restore();
        Awaitility.await().atMost(Duration.ofSeconds(15))
                .until(() -> actuator("/actuator/health/readiness").statusCode() == 200);
    }

    @Test
    void healthAnswersInTimeWhileRequestsHoldEveryPooledConnection() throws Exception {
        List<Connection> held = new ArrayList<>();
        try {
            while (held.size() < 3) {
                try {
                    held.add(pool.getConnection());
                } catch (SQLException busy) {
                    // a background task has one for a moment: wait for it
                }
            }
            var health = timed(() -> actuator("/actuator/health"));
            assertThat(health.value().statusCode()).as(health.value().body()).isEqualTo(200);
            assertThat(health.took()).as("not waiting for a pooled connection").isLessThan(Duration.ofSeconds(3));
            assertThat(actuator("/actuator/health/readiness").statusCode()).isEqualTo(200);
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
    }

    private void assertUnavailable(Timed<ParleyClient.Response> answer) {
        assertThat(answer.value().status()).as(answer.value().body().toString()).isEqualTo(503);
        assertThat(answer.value().code()).isEqualTo("store.unavailable");
        assertThat(answer.value().contentType()).startsWith("application/problem+json");
        assertThat(answer.value().header("Retry-After")).isEqualTo("2");
        assertThat(answer.took()).isLessThan(PROMPTLY);
    }

    private Tenant newTenant() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String origin = "https://outage-" + suffix + ".example.com";
        var workspace = workspaces.create("Outage " + suffix, List.of(origin));
        String email = "admin-" + suffix + "@parley.test";
        agents.register(new RegisterAgent(workspace.id(), email, "Admin " + suffix, Role.ADMIN,
                ParleyIntegrationTest.ADMIN_PASSWORD));
        var inbox = inboxes.create(new CreateInbox(workspace.id(), "Website", ChannelType.WEB_WIDGET, false));
        String token = client().login(email, ParleyIntegrationTest.ADMIN_PASSWORD);
        return new Tenant(workspace.id().toString(), email, token, inbox.widgetKey(), inbox.id().toString(), origin);
    }

    private ParleyClient client() {
        return new ParleyClient("http://127.0.0.1:" + port);
    }

    private String visitorToken(Tenant tenant) {
        return client().visitorSession(tenant.widgetKey(), tenant.origin()).path("visitorToken").asString();
    }

    private void awaitReady() {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> actuator("/actuator/health/readiness").statusCode() == 200);
    }

    private HttpResponse<String> actuator(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(path + " did not answer", e);
        }
    }

    private record Timed<T>(T value, Duration took) {}

    private static <T> Timed<T> timed(Supplier<T> call) {
        long started = System.nanoTime();
        T value = call.get();
        return new Timed<>(value, Duration.ofNanos(System.nanoTime() - started));
    }
}
