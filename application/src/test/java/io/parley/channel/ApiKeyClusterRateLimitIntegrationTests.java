package io.parley.channel;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.ParleyApplication;
import io.parley.testing.ParleyClient;
import io.parley.testing.ParleyClient.Response;
import io.parley.testing.TestPostgres;
import io.parley.testing.TestRedis;
import io.parley.testing.Tenant;
import io.parley.testing.ThrottledIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** Two nodes on one Redis share an API key's allowance: spread over both, a key gets what one node would allow. */
@TestPropertySource(properties = ApiKeyClusterRateLimitIntegrationTests.LIMIT)
class ApiKeyClusterRateLimitIntegrationTests extends ThrottledIntegrationTest {

    static final String LIMIT = "parley.rate-limits.api-key=6/1d";
    private static final String STREAM = TestRedis.uniqueStreamKey();
    private static ConfigurableApplicationContext nodeB;

    @DynamicPropertySource
    static void cluster(DynamicPropertyRegistry registry) {
        registry.add("parley.cluster.redis-url", TestRedis::url);
        registry.add("parley.cluster.stream-key", () -> STREAM);
    }

    @BeforeAll
    static void startNodeB() {
        nodeB = new SpringApplicationBuilder(ParleyApplication.class).properties(Map.ofEntries(
                Map.entry("server.port", "0"),
                Map.entry("parley.database.url", TestPostgres.url()),
                Map.entry("parley.database.user", TestPostgres.user()),
                Map.entry("parley.database.pool-size", "4"),
                Map.entry("parley.first-start.enabled", "false"),
                Map.entry("parley.security.bcrypt-strength", "4"),
                Map.entry("parley.security.visitor-token-secret", VISITOR_TOKEN_SECRET),
                Map.entry("parley.http.trusted-proxies", "127.0.0.1"),
                Map.entry(LIMIT.split("=")[0], LIMIT.split("=")[1]),
                Map.entry("parley.webhooks.deliver", "false"),
                Map.entry("spring.modulith.events.republish-outstanding-events-on-restart", "false"),
                Map.entry("spring.main.banner-mode", "off"),
                Map.entry("parley.cluster.redis-url", TestRedis.url()),
                Map.entry("parley.cluster.stream-key", STREAM))).run();
    }

    @AfterAll
    static void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
        }
        TestRedis.delete(STREAM);
    }

    @Test
    void aKeySpreadOverTwoNodesGetsTheAllowanceOfOne() {
        Tenant tenant = newTenant();
        String inbox = client().post("/api/v1/inboxes", tenant.adminToken(), Map.of("name", "App", "channel", "API"))
                .body().path("id").asString();
        String key = client().post("/api/v1/inboxes/" + inbox + "/api-keys", tenant.adminToken(),
                Map.of("name", "Backend")).body().path("secret").asString();
        ParleyClient onA = client();
        int portB = ((WebServerApplicationContext) nodeB).getWebServer().getPort();
        ParleyClient onB = new ParleyClient("http://127.0.0.1:" + portB).from(newAddress());

        for (int i = 0; i < 3; i++) {
            assertThat(onA.get("/api/v1/channel/inbox", key).status()).isEqualTo(200);
            assertThat(onB.get("/api/v1/channel/inbox", key).status()).isEqualTo(200);
        }

        for (ParleyClient node : new ParleyClient[] {onA, onB}) {
            Response refused = node.get("/api/v1/channel/inbox", key);
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.body().path("limit").asString()).isEqualTo("api-key");
            assertThat(refused.retryAfter()).isPositive();
        }
    }
}
