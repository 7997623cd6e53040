package io.parley.gateway;

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

/**
 * Two nodes on one Redis share their rate limits: a client that spreads its requests over both nodes gets no more
 * than one node would allow it.
 */
class ClusterRateLimitIntegrationTests extends ThrottledIntegrationTest {

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
                Map.entry(WIDGET_SESSIONS.split("=")[0], WIDGET_SESSIONS.split("=")[1]),
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
    void aClientSpreadOverTwoNodesGetsTheAllowanceOfOne() {
        Tenant tenant = newTenant();
        String address = newAddress();
        ParleyClient onA = clientFrom(address);
        int portB = ((WebServerApplicationContext) nodeB).getWebServer().getPort();
        ParleyClient onB = new ParleyClient("http://127.0.0.1:" + portB).from(address);
        Map<String, String> session = Map.of("widgetKey", tenant.widgetKey());
        for (int i = 0; i < 30; i++) {
            assertThat(onA.postWithOrigin("/api/v1/widget/sessions", tenant.origin(), session).status()).isEqualTo(201);
            assertThat(onB.postWithOrigin("/api/v1/widget/sessions", tenant.origin(), session).status()).isEqualTo(201);
        }
        for (ParleyClient node : new ParleyClient[] {onA, onB}) {
            Response refused = node.postWithOrigin("/api/v1/widget/sessions", tenant.origin(), session);
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.body().path("limit").asString()).isEqualTo("widget-sessions");
        }
        assertThat(onB.from(newAddress()).postWithOrigin("/api/v1/widget/sessions", tenant.origin(), session).status())
                .as("another client, on node B").isEqualTo(201);
    }
}
