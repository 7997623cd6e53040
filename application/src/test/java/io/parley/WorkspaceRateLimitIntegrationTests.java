package io.parley;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.testing.ParleyClient;
import io.parley.testing.ParleyClient.Response;
import io.parley.testing.Tenant;
import io.parley.testing.ThrottledIntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The limits that hold for a whole workspace or widget key whatever the client address: a visitor spread over many
 * addresses still meets them, what they refuse is not stored, and another workspace is not affected.
 */
@TestPropertySource(properties = {"parley.rate-limits.widget-key-sessions=4/1d",
        "parley.rate-limits.workspace-conversations=3/1d", "parley.rate-limits.workspace-messages=5/1d"})
class WorkspaceRateLimitIntegrationTests extends ThrottledIntegrationTest {

    private String visitorFromNewAddress(Tenant tenant) {
        return clientFrom(newAddress()).visitorSession(tenant.widgetKey(), tenant.origin()).path("visitorToken")
                .asString();
    }

    @Test
    void aWidgetKeysSessionsAreCountedOverEveryClientAddress() {
        Tenant tenant = newTenant();
        for (int i = 0; i < 4; i++) {
            visitorFromNewAddress(tenant);
        }

        Response refused = clientFrom(newAddress()).postWithOrigin("/api/v1/widget/sessions", tenant.origin(),
                Map.of("widgetKey", tenant.widgetKey()));

        assertRateLimited(refused, "widget-key-sessions");
        Tenant other = newTenant();
        assertThat(clientFrom(newAddress()).postWithOrigin("/api/v1/widget/sessions", other.origin(),
                Map.of("widgetKey", other.widgetKey())).status()).as("another workspace's key").isEqualTo(201);
    }

    @Test
    void aWorkspacesConversationsAndMessagesAreCountedOverEveryVisitorAndAddress() {
        Tenant tenant = newTenant();
        Tenant other = newTenant();
        // widget-key-sessions allows 4 per key: 4 visitors of the workspace, each from an address of its own
        String[] visitors = new String[4];
        for (int i = 0; i < visitors.length; i++) {
            visitors[i] = visitorFromNewAddress(tenant);
        }
        String[] conversations = new String[3];
        for (int i = 0; i < conversations.length; i++) {
            Response started = clientFrom(newAddress()).post("/api/v1/visitor/conversations", visitors[i], Map.of());
            assertThat(started.status()).isEqualTo(201);
            conversations[i] = started.body().path("id").asString();
        }
        assertRateLimited(clientFrom(newAddress()).post("/api/v1/visitor/conversations", visitors[3], Map.of()),
                "workspace-conversations");
        assertThat(clientFrom(newAddress()).post("/api/v1/visitor/conversations", visitorFromNewAddress(other),
                Map.of()).status()).as("another workspace").isEqualTo(201);

        for (int i = 0; i < 5; i++) {
            int visitor = i % conversations.length;
            assertThat(send(clientFrom(newAddress()), visitors[visitor], conversations[visitor], "message " + i)
                    .status()).isEqualTo(201);
        }
        Response refused = send(clientFrom(newAddress()), visitors[0], conversations[0], "one too many");
        assertRateLimited(refused, "workspace-messages");
        long stored = client().get("/api/v1/conversations/" + conversations[0] + "/messages", tenant.adminToken())
                .body().path("items").valueStream().filter(m -> m.path("body").asString().equals("one too many"))
                .count();
        assertThat(stored).as("a refused message is not stored").isZero();
    }

    private static Response send(ParleyClient client, String visitor, String conversation, String body) {
        return client.post("/api/v1/visitor/conversations/" + conversation + "/messages", visitor,
                Map.of("clientMessageId", UUID.randomUUID().toString(), "body", body));
    }

    private static void assertRateLimited(Response response, String limit) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(429);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.code()).isEqualTo("request.rate-limited");
        assertThat(response.body().path("limit").asString()).isEqualTo(limit);
        assertThat(response.retryAfter()).isPositive();
    }
}
