package io.parley.channel;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.testing.ParleyClient;
import io.parley.testing.ThrottledIntegrationTest;
import io.parley.testing.Tenant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Each API key has its own allowance ({@code parley.rate-limits.api-key}); over it, 429 with Retry-After. */
@TestPropertySource(properties = "parley.rate-limits.api-key=5/1d")
class ApiKeyRateLimitIntegrationTests extends ThrottledIntegrationTest {

    private String newKey(Tenant tenant) {
        String inbox = client().post("/api/v1/inboxes", tenant.adminToken(), Map.of("name", "App", "channel", "API"))
                .body().path("id").asString();
        return client().post("/api/v1/inboxes/" + inbox + "/api-keys", tenant.adminToken(),
                Map.of("name", "Backend")).body().path("secret").asString();
    }

    @Test
    void aKeyOverItsLimitGets429WithRetryAfterAndAnotherKeyIsNotHeldBack() {
        var tenant = newTenant();
        String key = newKey(tenant);
        String other = newKey(tenant);
        ParleyClient api = client();

        for (int i = 0; i < 5; i++) {
            assertThat(api.get("/api/v1/channel/inbox", key).status()).isEqualTo(200);
        }
        var refused = api.get("/api/v1/channel/inbox", key);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.code()).isEqualTo("request.rate-limited");
        assertThat(refused.body().path("limit").asString()).isEqualTo("api-key");
        assertThat(refused.retryAfter()).isPositive();
        assertThat(api.get("/api/v1/channel/inbox", other).status()).isEqualTo(200);
    }
}
