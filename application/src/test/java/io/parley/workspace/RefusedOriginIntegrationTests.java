package io.parley.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.agent.Role;
import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.Tenant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Pages refused when the widget starts are listed for admins, bounded, until one is allowed. */
class RefusedOriginIntegrationTests extends ParleyIntegrationTest {

    private static final String ROUTE = "/api/v1/workspace/refused-origins";

    @Test
    void aRefusedPageIsListedForAdminsWithItsCountUntilItIsAllowed() {
        Tenant tenant = newTenant();
        Tenant other = newTenant();
        String shop = "https://Blog.Example.org";
        assertThat(refuse(tenant, shop)).isEqualTo(403);
        assertThat(refuse(tenant, shop)).isEqualTo(403);

        JsonNode items = list(tenant.adminToken());
        assertThat(items.size()).isEqualTo(1);
        assertThat(items.get(0).path("origin").asString()).isEqualTo("https://blog.example.org");
        assertThat(items.get(0).path("refusals").asLong()).isEqualTo(2);
        assertThat(items.get(0).path("lastRefusedAt").asString()).isNotBlank();
        assertThat(list(other.adminToken()).size()).as("another workspace's refusals").isZero();
        assertThat(client().get(ROUTE, newAgent(tenant, Role.AGENT)).status()).isEqualTo(403);
        assertThat(client().get(ROUTE, null).status()).isEqualTo(401);

        var allowed = client().patch("/api/v1/workspace", tenant.adminToken(),
                Map.of("allowedOrigins", List.of(tenant.origin(), "https://blog.example.org")));
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(list(tenant.adminToken()).size()).isZero();
        assertThat(client().postWithOrigin("/api/v1/widget/sessions", shop, Map.of("widgetKey", tenant.widgetKey()))
                .status()).isEqualTo(201);
    }

    @Test
    void manyMadeUpOriginsKeepOnlyTheMostRecentAndWhatIsNoOriginIsNotKept() {
        Tenant tenant = newTenant();
        for (int i = 0; i < OriginRefusals.KEPT + 10; i++) {
            assertThat(refuse(tenant, "https://random-" + i + ".example.net")).isEqualTo(403);
        }
        assertThat(refuse(tenant, "null")).isEqualTo(403);
        assertThat(refuse(tenant, "https://x.example.net/" + "a".repeat(300))).isEqualTo(403);

        JsonNode items = list(tenant.adminToken());
        assertThat(items.size()).isEqualTo(OriginRefusals.KEPT);
        assertThat(items.get(0).path("origin").asString())
                .isEqualTo("https://random-" + (OriginRefusals.KEPT + 9) + ".example.net");
        assertThat(items.findValuesAsString("origin")).doesNotContain("null", "https://random-0.example.net");
    }

    private int refuse(Tenant tenant, String origin) {
        return client().postWithOrigin("/api/v1/widget/sessions", origin, Map.of("widgetKey", tenant.widgetKey()))
                .status();
    }

    private JsonNode list(String token) {
        var reply = client().get(ROUTE, token);
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        return reply.body().path("items");
    }
}
