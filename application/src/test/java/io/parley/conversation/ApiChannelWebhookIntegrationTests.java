package io.parley.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.parley.testing.ParleyIntegrationTest;
import io.parley.webhook.Receiver;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An agent's reply to an API-channel conversation reaches the integrator's webhook endpoint, as channels.md says. */
@TestPropertySource(properties = {"parley.outbound.allowed-hosts=127.0.0.1", "parley.webhooks.deliver=true",
        "parley.webhooks.retry-schedule=0s,1s,1s", "parley.webhooks.timeout=1s", "parley.webhooks.poll-interval=100ms"})
@DirtiesContext // no other test's deliveries are sent by this context once its tests are done
class ApiChannelWebhookIntegrationTests extends ParleyIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private Receiver receiver;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = new Receiver();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void anAgentsReplyToAnApiConversationIsDeliveredToTheIntegratorsEndpoint() {
        var tenant = newTenant();
        String inbox = client().post("/api/v1/inboxes", tenant.adminToken(), Map.of("name", "App", "channel", "API"))
                .body().path("id").asString();
        String key = client().post("/api/v1/inboxes/" + inbox + "/api-keys", tenant.adminToken(),
                Map.of("name", "Backend")).body().path("secret").asString();
        assertThat(client().post("/api/v1/webhooks/endpoints", tenant.adminToken(), Map.of("url",
                receiver.url("/hook"), "events", List.of("message.created"))).status()).isEqualTo(201);
        String visitor = client().put("/api/v1/channel/contacts/user-42", key, Map.of()).body().path("visitorId")
                .asString();
        String id = client().post("/api/v1/channel/contacts/user-42/conversations", key, Map.of()).body()
                .path("id").asString();
        client().post("/api/v1/channel/contacts/user-42/conversations/" + id + "/messages", key,
                Map.of("idempotencyKey", "m1", "body", "Where is my order?"));

        client().post("/api/v1/conversations/" + id + "/messages", tenant.adminToken(),
                Map.of("clientMessageId", "a-1", "body", "On its way", "kind", "TEXT"));

        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.at("/hook").size() >= 2);
        List<JsonNode> data = receiver.at("/hook").stream().map(received -> JSON.readTree(received.body())
                .path("data")).toList();
        JsonNode reply = data.stream().filter(d -> d.path("author").path("kind").asString().equals("AGENT"))
                .findFirst().orElseThrow();
        assertThat(reply.path("conversationId").asString()).isEqualTo(id);
        assertThat(reply.path("visitorId").asString()).isEqualTo(visitor);
        assertThat(reply.path("body").asString()).isEqualTo("On its way");
        assertThat(data).anySatisfy(d -> assertThat(d.path("body").asString()).isEqualTo("Where is my order?"));
    }
}
