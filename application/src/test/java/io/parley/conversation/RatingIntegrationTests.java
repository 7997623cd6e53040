package io.parley.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.parley.testing.ParleyClient.Response;
import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.Tenant;
import io.parley.webhook.Receiver;
import io.parley.webhook.StandardWebhooks;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A visitor rates their resolved conversation (CSAT); agents read it; webhooks carry it; bad input changes nothing. */
@TestPropertySource(properties = {"parley.outbound.allowed-hosts=127.0.0.1", "parley.webhooks.deliver=true",
        "parley.webhooks.poll-interval=100ms"})
@DirtiesContext // no other test's deliveries are sent by this context once its tests are done
class RatingIntegrationTests extends ParleyIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Started(Tenant tenant, String visitor, String conversation) {}

    private Started conversation(Tenant tenant) {
        String visitor = client().visitorSession(tenant.widgetKey(), tenant.origin()).path("visitorToken").asString();
        String id = client().post("/api/v1/visitor/conversations", visitor, Map.of()).body().path("id").asString();
        client().post("/api/v1/visitor/conversations/" + id + "/messages", visitor,
                Map.of("clientMessageId", "m1", "body", "My parcel is late"));
        return new Started(tenant, visitor, id);
    }

    private Response rate(Started started, Object score, String comment) {
        var body = new HashMap<String, Object>();
        body.put("score", score);
        body.put("comment", comment);
        return client().post("/api/v1/visitor/conversations/" + started.conversation() + "/rating", started.visitor(),
                body);
    }

    @Test
    void aVisitorRatesTheResolvedConversationChangesItAndAgentsAndWebhooksSeeIt() throws Exception {
        try (var receiver = new Receiver()) {
            Tenant tenant = newTenant();
            Response endpoint = client().post("/api/v1/webhooks/endpoints", tenant.adminToken(), Map.of("url",
                    receiver.url("/csat"), "events", List.of("conversation.rated")));
            String secret = endpoint.body().path("secret").asString();
            Started started = conversation(tenant);

            Response early = rate(started, 4, "thanks");
            assertThat(early.status()).isEqualTo(409);
            assertThat(early.code()).isEqualTo("conversation.not-resolved");

            client().post("/api/v1/conversations/" + started.conversation() + "/resolve", tenant.adminToken(), Map.of());
            Response rated = rate(started, 4, "  Quick and friendly <b>help</b>  ");
            assertThat(rated.status()).isEqualTo(200);
            assertThat(rated.body().path("score").asInt()).isEqualTo(4);
            assertThat(rated.body().path("comment").asString()).isEqualTo("Quick and friendly <b>help</b>");

            Response changed = rate(started, 5, null);
            assertThat(changed.body().path("score").asInt()).isEqualTo(5);
            assertThat(changed.body().has("comment") && !changed.body().path("comment").isNull()).isFalse();
            JsonNode seen = client().get("/api/v1/conversations/" + started.conversation() + "/rating",
                    tenant.adminToken()).body();
            assertThat(seen.path("score").asInt()).isEqualTo(5);
            assertThat(client().get("/api/v1/visitor/conversations/" + started.conversation() + "/rating",
                    started.visitor()).body().path("score").asInt()).isEqualTo(5);

            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.at("/csat").size() >= 2);
            var first = receiver.at("/csat").getFirst();
            assertThat(StandardWebhooks.verifies(secret, first.header("webhook-id"), first.header("webhook-timestamp"),
                    first.body(), first.header("webhook-signature"))).isTrue();
            List<Integer> scores = receiver.at("/csat").stream().map(r -> JSON.readTree(r.body()))
                    .peek(event -> assertThat(event.path("type").asString()).isEqualTo("conversation.rated"))
                    .map(event -> event.path("data").path("score").asInt()).toList();
            assertThat(scores).containsExactly(4, 5);
        }
    }

    @Test
    void badScoresOtherVisitorsAndOtherWorkspacesChangeNothing() {
        Tenant tenant = newTenant();
        Started started = conversation(tenant);
        client().post("/api/v1/conversations/" + started.conversation() + "/resolve", tenant.adminToken(), Map.of());
        String path = "/api/v1/conversations/" + started.conversation() + "/rating";
        assertThat(client().get(path, tenant.adminToken()).code()).isEqualTo("conversation.not-rated");

        assertThat(rate(started, 0, null).code()).isEqualTo("conversation.invalid-rating");
        assertThat(rate(started, 6, null).code()).isEqualTo("conversation.invalid-rating");
        assertThat(rate(started, "five", null).status()).isEqualTo(400);
        assertThat(rate(started, 3, "x".repeat(1001)).code()).isEqualTo("conversation.invalid-rating-comment");
        assertThat(rate(started, 3, "a\u0000b").code()).isEqualTo("conversation.invalid-rating-comment");
        Started stranger = conversation(tenant);
        assertThat(client().post("/api/v1/visitor/conversations/" + started.conversation() + "/rating",
                stranger.visitor(), Map.of("score", 1)).status()).isEqualTo(404);
        Tenant other = newTenant();
        assertThat(client().get(path, other.adminToken()).status()).isEqualTo(404);
        assertThat(client().get(path, tenant.adminToken()).code()).as("nothing was stored")
                .isEqualTo("conversation.not-rated");
    }

    @Test
    void anApiChannelContactRatesTheirConversation() {
        Tenant tenant = newTenant();
        String inbox = client().post("/api/v1/inboxes", tenant.adminToken(), Map.of("name", "App", "channel", "API",
                "answerMode", "HUMANS_ONLY")).body().path("id").asString();
        String key = client().post("/api/v1/inboxes/" + inbox + "/api-keys", tenant.adminToken(),
                Map.of("name", "Backend")).body().path("secret").asString();
        String id = client().post("/api/v1/channel/messages", key, Map.of("externalId", "u-1", "messageId", "m-1",
                "body", "Hello")).body().path("conversationId").asString();
        client().post("/api/v1/conversations/" + id + "/resolve", tenant.adminToken(), Map.of());

        Response rated = client().post("/api/v1/channel/contacts/u-1/conversations/" + id + "/rating", key,
                Map.of("score", 2, "comment", "slow"));

        assertThat(rated.status()).isEqualTo(200);
        assertThat(client().get("/api/v1/conversations/" + id + "/rating", tenant.adminToken()).body().path("comment")
                .asString()).isEqualTo("slow");
        assertThat(client().post("/api/v1/channel/contacts/nobody/conversations/" + id + "/rating", key,
                Map.of("score", 2)).code()).isEqualTo("visitor.contact-not-found");
    }
}
