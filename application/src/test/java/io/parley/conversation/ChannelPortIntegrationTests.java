package io.parley.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.parley.testing.ParleyClient.Response;
import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.Tenant;
import io.parley.webhook.Receiver;
import io.parley.webhook.Receiver.Answer;
import io.parley.webhook.StandardWebhooks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The channel port with the API channel as its adapter: messages in by the channel's own message id (de-duplicated
 * on every arrival, the conversation found by Parley), replies of agents and the bot out to the inbox's callback URL,
 * signed, with a delivery state per message that agents read and retry.
 */
@TestPropertySource(properties = {"parley.outbound.allowed-hosts=127.0.0.1",
        "parley.channels.delivery.retry-schedule=0s,200ms,200ms", "parley.channels.delivery.poll-interval=100ms"})
@DirtiesContext // no other test's deliveries are sent by this context once its tests are done
class ChannelPortIntegrationTests extends ParleyIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String MESSAGES = "/api/v1/channel/messages";
    private Receiver receiver;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = new Receiver();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private record ApiInbox(Tenant tenant, String id, String key) {}

    private ApiInbox apiInbox(String answerMode) {
        Tenant tenant = newTenant();
        String inbox = client().post("/api/v1/inboxes", tenant.adminToken(),
                Map.of("name", "App", "channel", "API", "answerMode", answerMode)).body().path("id").asString();
        String key = client().post("/api/v1/inboxes/" + inbox + "/api-keys", tenant.adminToken(),
                Map.of("name", "Backend")).body().path("secret").asString();
        return new ApiInbox(tenant, inbox, key);
    }

    private String callback(ApiInbox inbox, String url) {
        Response set = client().put("/api/v1/inboxes/" + inbox.id() + "/callback", inbox.tenant().adminToken(),
                Map.of("url", url));
        assertThat(set.status()).as(set.body().toString()).isEqualTo(200);
        return set.body().path("secret").asString();
    }

    private Response inbound(ApiInbox inbox, String user, String messageId, String body) {
        return client().post(MESSAGES, inbox.key(), Map.of("externalId", user, "displayName", "Mia",
                "messageId", messageId, "body", body));
    }

    private List<JsonNode> history(ApiInbox inbox, String conversation) {
        return client().get("/api/v1/conversations/" + conversation + "/messages?after=0", inbox.tenant().adminToken())
                .body().path("items").valueStream().toList();
    }

    private List<JsonNode> deliveries(ApiInbox inbox, String conversation) {
        Response list = client().get("/api/v1/conversations/" + conversation + "/deliveries",
                inbox.tenant().adminToken());
        assertThat(list.status()).isEqualTo(200);
        return list.body().path("items").valueStream().toList();
    }

    private String reply(ApiInbox inbox, String conversation, String clientId, String body) {
        Response reply = client().post("/api/v1/conversations/" + conversation + "/messages",
                inbox.tenant().adminToken(), Map.of("clientMessageId", clientId, "body", body, "kind", "TEXT"));
        assertThat(reply.status()).isEqualTo(201);
        return reply.body().path("id").asString();
    }

    private JsonNode delivery(ApiInbox inbox, String conversation, String message) {
        return deliveries(inbox, conversation).stream().filter(d -> d.path("messageId").asString().equals(message))
                .findFirst().orElseThrow();
    }

    @Test
    void aMessageArrivingTwiceIsStoredOnceAndFindsTheContactsOpenConversation() throws Exception {
        var inbox = apiInbox("HUMANS_ONLY");

        Response first = inbound(inbox, "user-7", "m-1", "Hello from the app");
        Response again = inbound(inbox, "user-7", "m-1", "Hello from the app");
        Response next = inbound(inbox, "user-7", "m-2", "Anyone there?");

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().path("duplicate").asBoolean()).isTrue();
        assertThat(again.body().path("id").asString()).isEqualTo(first.body().path("id").asString());
        String conversation = first.body().path("conversationId").asString();
        assertThat(next.body().path("conversationId").asString()).isEqualTo(conversation);
        assertThat(history(inbox, conversation)).extracting(m -> m.path("body").asString())
                .containsExactly("Hello from the app", "Anyone there?");
        assertThat(history(inbox, conversation).getFirst().path("createdAt").asString())
                .as("the time answered when stored is the time read back").isEqualTo(first.body().path("createdAt")
                        .asString());
        JsonNode contact = client().get("/api/v1/channel/contacts/user-7", inbox.key()).body();
        assertThat(contact.path("displayName").asString()).isEqualTo("Mia");

        // eight arrivals of one new id at once, as a platform's redeliveries reaching several threads or nodes
        try (var pool = Executors.newFixedThreadPool(8)) {
            List<Future<Response>> arrivals = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                arrivals.add(pool.submit((Callable<Response>) () -> inbound(inbox, "user-7", "m-3", "Once")));
            }
            for (Future<Response> arrival : arrivals) {
                assertThat(arrival.get().status()).isIn(200, 201, 409);
            }
        }
        assertThat(history(inbox, conversation)).filteredOn(m -> m.path("body").asString().equals("Once")).hasSize(1);
    }

    @Test
    void afterAResolveAFollowUpReopensTheConversationWithinTheWindow() {
        var inbox = apiInbox("HUMANS_ONLY");
        String conversation = inbound(inbox, "user-8", "a", "First question").body().path("conversationId")
                .asString();
        assertThat(client().post("/api/v1/conversations/" + conversation + "/resolve", inbox.tenant().adminToken(),
                Map.of()).status()).isEqualTo(200);

        Response followUp = inbound(inbox, "user-8", "b", "One more thing");

        assertThat(followUp.body().path("conversationId").asString()).isEqualTo(conversation);
        assertThat(client().get("/api/v1/conversations/" + conversation, inbox.tenant().adminToken()).body()
                .path("status").asString()).isNotEqualTo("RESOLVED");
    }

    @Test
    void anAgentsReplyReachesTheCallbackSignedAndShowsAsSent() throws Exception {
        var inbox = apiInbox("HUMANS_ONLY");
        String secret = callback(inbox, receiver.url("/app"));
        assertThat(secret).startsWith("whsec_");
        String conversation = inbound(inbox, "user-9", "q-1", "Where is my order?").body().path("conversationId")
                .asString();

        String reply = reply(inbox, conversation, "r-1", "On its way");

        await().atMost(Duration.ofSeconds(20)).until(() -> delivery(inbox, conversation, reply).path("state")
                .asString().equals("SENT"));
        assertThat(receiver.at("/app")).hasSize(1);
        var request = receiver.at("/app").getFirst();
        assertThat(StandardWebhooks.verifies(secret, request.header("webhook-id"), request.header("webhook-timestamp"),
                request.body(), request.header("webhook-signature"))).isTrue();
        assertThat(request.header("webhook-id")).isEqualTo("msg_" + reply);
        JsonNode data = JSON.readTree(request.body()).path("data");
        assertThat(data.path("externalId").asString()).isEqualTo("user-9");
        assertThat(data.path("body").asString()).isEqualTo("On its way");
        assertThat(data.path("author").path("kind").asString()).isEqualTo("AGENT");
        // the visitor's own message and an internal note are not sent back
        client().post("/api/v1/conversations/" + conversation + "/messages", inbox.tenant().adminToken(),
                Map.of("clientMessageId", "n-1", "body", "internal", "kind", "NOTE"));
        assertThat(deliveries(inbox, conversation)).hasSize(1);
        // the secret is shown once: reading the callback never shows it
        JsonNode read = client().get("/api/v1/inboxes/" + inbox.id() + "/callback", inbox.tenant().adminToken()).body();
        assertThat(read.path("url").asString()).isEqualTo(receiver.url("/app"));
        assertThat(read.has("secret")).isFalse();
    }

    @Test
    void theBotsAnswerGoesOutThroughTheChannelToo() {
        var inbox = apiInbox("KNOWLEDGE");
        client().post("/api/v1/knowledge/entries", inbox.tenant().adminToken(),
                Map.of("question", "What are your opening hours?", "answer", "Nine to five, Monday to Friday."));
        callback(inbox, receiver.url("/bot"));

        String conversation = inbound(inbox, "user-10", "q", "What are your opening hours?").body()
                .path("conversationId").asString();

        await().atMost(Duration.ofSeconds(30)).until(() -> deliveries(inbox, conversation).stream()
                .anyMatch(d -> d.path("state").asString().equals("SENT")));
        assertThat(receiver.at("/bot")).anySatisfy(request -> assertThat(JSON.readTree(request.body()).path("data")
                .path("author").path("kind").asString()).isEqualTo("BOT"));
    }

    @Test
    void aFailingReceiverIsRetriedThenGivenUpWithItsReasonAndAnAgentRetriesIt() {
        var inbox = apiInbox("HUMANS_ONLY");
        String conversation = inbound(inbox, "user-11", "q", "Hi").body().path("conversationId").asString();

        callback(inbox, receiver.url("/flaky", Answer.of(503), Answer.of(200)));
        String retried = reply(inbox, conversation, "r-1", "First");
        await().atMost(Duration.ofSeconds(20)).until(() -> delivery(inbox, conversation, retried).path("state")
                .asString().equals("SENT"));
        assertThat(delivery(inbox, conversation, retried).path("attempts").asInt()).isEqualTo(2);

        callback(inbox, receiver.url("/refusing", Answer.of(400), Answer.of(200)));
        String refused = reply(inbox, conversation, "r-2", "Second");
        await().atMost(Duration.ofSeconds(20)).until(() -> delivery(inbox, conversation, refused).path("state")
                .asString().equals("FAILED"));
        assertThat(delivery(inbox, conversation, refused).path("reason").asString()).startsWith("HTTP 400");

        Response again = client().post("/api/v1/conversations/" + conversation + "/deliveries/" + refused + "/retry",
                inbox.tenant().adminToken(), Map.of());
        assertThat(again.status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> delivery(inbox, conversation, refused).path("state")
                .asString().equals("SENT"));
        Response notFailed = client().post("/api/v1/conversations/" + conversation + "/deliveries/" + refused
                + "/retry", inbox.tenant().adminToken(), Map.of());
        assertThat(notFailed.status()).isEqualTo(409);
        assertThat(notFailed.code()).isEqualTo("delivery.not-failed");
    }

    @Test
    void aWidgetConversationHasNoDeliveriesAndBadInputChangesNothing() {
        var inbox = apiInbox("HUMANS_ONLY");
        Tenant other = newTenant();
        String widgetVisitor = client().visitorSession(inbox.tenant().widgetKey(), inbox.tenant().origin())
                .path("visitorToken").asString();
        String widgetConversation = client().post("/api/v1/visitor/conversations", widgetVisitor, Map.of()).body()
                .path("id").asString();
        reply(inbox, widgetConversation, "w-1", "Hello");
        assertThat(deliveries(inbox, widgetConversation)).isEmpty();

        // a callback for a widget inbox, a private address, another workspace's inbox, no URL
        assertThat(client().put("/api/v1/inboxes/" + inbox.tenant().inboxId() + "/callback",
                inbox.tenant().adminToken(), Map.of("url", receiver.url("/x"))).code()).isEqualTo("channel.not-api-inbox");
        assertThat(client().put("/api/v1/inboxes/" + inbox.id() + "/callback", inbox.tenant().adminToken(),
                Map.of("url", "http://10.0.0.1/hook")).code()).isEqualTo("outbound.address-refused");
        assertThat(client().put("/api/v1/inboxes/" + inbox.id() + "/callback", other.adminToken(),
                Map.of("url", receiver.url("/x"))).status()).isEqualTo(404);
        assertThat(client().put("/api/v1/inboxes/" + inbox.id() + "/callback", inbox.tenant().adminToken(),
                Map.of()).status()).isEqualTo(400);
        assertThat(client().get("/api/v1/inboxes/" + inbox.id() + "/callback", inbox.tenant().adminToken()).code())
                .isEqualTo("channel.callback-not-set");

        // another workspace's conversation, an unknown message, no key, a message id too long, an empty body
        assertThat(client().get("/api/v1/conversations/" + widgetConversation + "/deliveries", other.adminToken())
                .status()).isEqualTo(404);
        assertThat(client().post("/api/v1/conversations/" + widgetConversation + "/deliveries/"
                + java.util.UUID.randomUUID() + "/retry", inbox.tenant().adminToken(), Map.of()).code())
                .isEqualTo("delivery.not-found");
        assertThat(client().post(MESSAGES, "", Map.of("externalId", "u", "messageId", "m", "body", "x")).status())
                .isEqualTo(401);
        assertThat(inbound(inbox, "u", "m".repeat(257), "x").status()).isEqualTo(400);
        assertThat(inbound(inbox, "u", "m", "").status()).isEqualTo(400);
        assertThat(inbound(inbox, "not valid!", "m", "x").status()).isEqualTo(400);
        assertThat(client().get("/api/v1/channel/contacts/u", inbox.key()).status()).isEqualTo(404);
    }
}
