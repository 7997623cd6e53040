package io.parley.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.parley.agent.Role;
import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.Tenant;
import io.parley.webhook.Receiver.Answer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks delivered to a real receiver on 127.0.0.1, which the allow-list opens for these tests only, on a retry
 * schedule of seconds (at once, 1 s, 1 s) with a 1 s timeout. Only this context sends deliveries.
 */
@TestPropertySource(properties = {"parley.outbound.allowed-hosts=127.0.0.1", "parley.webhooks.deliver=true",
        "parley.webhooks.retry-schedule=0s,1s,1s", "parley.webhooks.timeout=1s", "parley.webhooks.poll-interval=100ms"})
@DirtiesContext // no other test's deliveries are sent by this context once its tests are done
class WebhookDeliveryIntegrationTests extends ParleyIntegrationTest {

    private static final String ROUTE = "/api/v1/webhooks/endpoints";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(30);

    private Receiver receiver;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = new Receiver();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aMessageCostsNoEventPublicationAndReachesAnEndpointSubscribedTheMomentBefore() {
        Tenant tenant = newTenant();
        String countMessages = "SELECT count(*) FROM event_publication WHERE event_type LIKE '%MessagePosted'";
        long before = jdbc.queryForObject(countMessages, Long.class);

        visitorWrites(tenant, "no endpoint yet");
        visitorWrites(tenant, "still none");
        assertThat(jdbc.queryForObject(countMessages, Long.class)).as("messages are not durable publications")
                .isEqualTo(before);

        create(tenant, receiver.url("/late"), List.of("message.created"));
        visitorWrites(tenant, "now there is one");
        await().atMost(WAIT).until(() -> receiver.at("/late").size() == 1);
        assertThat(receiver.at("/late").getFirst().body()).contains("now there is one");
        assertThat(jdbc.queryForObject(countMessages, Long.class)).isEqualTo(before);
    }

    @Test
    void aSubscribedEventArrivesSignedAsStandardWebhooksAsksAndIsLogged() throws Exception {
        Tenant tenant = newTenant();
        var created = create(tenant, receiver.url("/hook"), List.of("message.created"));
        String secret = created.path("secret").asString();
        assertThat(secret).startsWith("whsec_");
        assertThat(java.util.Base64.getDecoder().decode(secret.substring(6))).hasSizeGreaterThanOrEqualTo(24);

        String conversation = visitorWrites(tenant, "Hello \"webhooks\" 你好");

        await().atMost(WAIT).until(() -> receiver.at("/hook").size() == 1);
        var request = receiver.at("/hook").getFirst();
        assertThat(request.header("webhook-id")).startsWith("msg_");
        assertThat(Long.parseLong(request.header("webhook-timestamp")))
                .isBetween(Instant.now().getEpochSecond() - 60, Instant.now().getEpochSecond() + 5);
        assertThat(request.header("content-type")).startsWith("application/json");
        assertThat(StandardWebhooks.verifies(secret, request.header("webhook-id"), request.header("webhook-timestamp"),
                request.body(), request.header("webhook-signature"))).isTrue();
        assertThat(StandardWebhooks.verifies(secret, request.header("webhook-id"), request.header("webhook-timestamp"),
                request.body() + " ", request.header("webhook-signature"))).as("a changed body").isFalse();
        JsonNode payload = JSON.readTree(request.body());
        assertThat(payload.path("type").asString()).isEqualTo("message.created");
        assertThat(payload.path("timestamp").asString()).isNotBlank();
        assertThat(payload.path("data").path("workspaceId").asString()).isEqualTo(tenant.workspaceId());
        assertThat(payload.path("data").path("conversationId").asString()).isEqualTo(conversation);
        assertThat(payload.path("data").path("body").asString()).isEqualTo("Hello \"webhooks\" 你好");
        assertThat(payload.path("data").path("author").path("kind").asString()).isEqualTo("VISITOR");
        assertThat(payload.path("data").path("sequence").asLong()).isPositive();

        String endpoint = created.path("endpoint").path("id").asString();
        await().atMost(WAIT).until(() -> deliveries(tenant, endpoint).size() == 1
                && deliveries(tenant, endpoint).get(0).path("status").asString().equals("DELIVERED"));
        var log = deliveries(tenant, endpoint).get(0);
        assertThat(log.path("webhookId").asString()).isEqualTo(request.header("webhook-id"));
        var detail = client().get(ROUTE + "/" + endpoint + "/deliveries/" + log.path("id").asString(),
                tenant.adminToken()).body();
        assertThat(detail.path("payload").asString()).isEqualTo(request.body());
        assertThat(detail.path("attemptLog").size()).isEqualTo(1);
        assertThat(detail.path("attemptLog").get(0).path("attempt").asInt()).isEqualTo(1);
        assertThat(detail.path("attemptLog").get(0).path("responseStatus").asInt()).isEqualTo(200);
        assertThat(detail.path("attemptLog").get(0).path("webhookTimestamp").asString())
                .isEqualTo(request.header("webhook-timestamp"));
        assertThat(receiver.at("/hook")).as("conversation.created is not subscribed").hasSize(1);
    }

    @Test
    void failedAttemptsAreRetriedWithTheSameIdUntilOneSucceeds() throws Exception {
        Tenant tenant = newTenant();
        var created = create(tenant, receiver.url("/flaky", Answer.of(500), Answer.of(500), Answer.of(200)),
                List.of("conversation.created"));
        String secret = created.path("secret").asString();
        visitorWrites(tenant, "Hi");

        await().atMost(WAIT).until(() -> receiver.at("/flaky").size() == 3);
        var requests = receiver.at("/flaky");
        assertThat(requests).extracting(r -> r.header("webhook-id")).containsOnly(requests.getFirst().header("webhook-id"));
        for (var request : requests) {
            assertThat(StandardWebhooks.verifies(secret, request.header("webhook-id"),
                    request.header("webhook-timestamp"), request.body(), request.header("webhook-signature"))).isTrue();
            assertThat(JSON.readTree(request.body()).path("type").asString()).isEqualTo("conversation.created");
        }
        assertThat(Duration.between(requests.get(0).at(), requests.get(1).at())).isGreaterThan(Duration.ofMillis(800));
        String endpoint = created.path("endpoint").path("id").asString();
        await().atMost(WAIT).until(() -> deliveries(tenant, endpoint).get(0).path("status").asString()
                .equals("DELIVERED"));
        var detail = detail(tenant, endpoint, deliveries(tenant, endpoint).get(0).path("id").asString());
        assertThat(detail.path("attemptLog").findValues("responseStatus")).extracting(JsonNode::asInt)
                .containsExactly(500, 500, 200);
        assertThat(detail.path("attemptLog").findValues("attempt")).extracting(JsonNode::asInt).containsExactly(1, 2, 3);
        assertThat(get(tenant, endpoint).path("enabled").asBoolean()).isTrue();
    }

    @Test
    void a410DisablesTheEndpointAndNothingMoreIsRecordedForIt() throws Exception {
        Tenant tenant = newTenant();
        String gone = create(tenant, receiver.url("/gone", Answer.of(410)), List.of("message.created"))
                .path("endpoint").path("id").asString();
        String control = create(tenant, receiver.url("/control"), List.of("message.created"))
                .path("endpoint").path("id").asString();
        String conversation = visitorWrites(tenant, "first");

        await().atMost(WAIT).until(() -> !get(tenant, gone).path("enabled").asBoolean());
        assertThat(get(tenant, gone).path("disabledReason").asString()).contains("410");
        assertThat(receiver.at("/gone")).hasSize(1);
        assertThat(deliveries(tenant, gone).get(0).path("status").asString()).isEqualTo("FAILED");

        visitorWritesIn(tenant, conversation, "second");
        await().atMost(WAIT).until(() -> receiver.at("/control").size() == 2);
        assertThat(deliveries(tenant, gone)).hasSize(1);
        assertThat(deliveries(tenant, control)).hasSize(2);
        assertThat(receiver.at("/gone")).hasSize(1);
    }

    @Test
    void a429sRetryAfterIsHonoured() {
        Tenant tenant = newTenant();
        create(tenant, receiver.url("/busy", new Answer(429, Map.of("Retry-After", "3")), Answer.of(204)),
                List.of("conversation.created"));
        visitorWrites(tenant, "Hi");

        await().atMost(WAIT).until(() -> receiver.at("/busy").size() == 2);
        var requests = receiver.at("/busy");
        assertThat(Duration.between(requests.get(0).at(), requests.get(1).at()))
                .as("the schedule says 1 s, the receiver asked for 3").isGreaterThanOrEqualTo(Duration.ofMillis(2900));
    }

    @Test
    void anEndpointFailingTheWholeScheduleIsDisabledAndARedirectIsNotFollowed() {
        Tenant tenant = newTenant();
        String redirect = receiver.url("/moved", new Answer(302, Map.of("Location", receiver.url("/target"))));
        String endpoint = create(tenant, redirect, List.of("conversation.created")).path("endpoint").path("id")
                .asString();
        visitorWrites(tenant, "Hi");

        await().atMost(WAIT).until(() -> !get(tenant, endpoint).path("enabled").asBoolean());
        assertThat(receiver.at("/moved")).hasSize(3);
        assertThat(receiver.at("/target")).as("the redirect was not followed").isEmpty();
        assertThat(get(tenant, endpoint).path("disabledReason").asString()).contains("Every attempt").contains("302");
        var delivery = deliveries(tenant, endpoint).get(0);
        assertThat(delivery.path("status").asString()).isEqualTo("FAILED");
        assertThat(delivery.path("attempts").asInt()).isEqualTo(3);
    }

    @Test
    void aReceiverThatDoesNotAnswerInTimeIsLoggedAsATimeout() {
        Tenant tenant = newTenant();
        String endpoint = create(tenant, receiver.url("/hang", Answer.of(0)), List.of("conversation.created"))
                .path("endpoint").path("id").asString();
        visitorWrites(tenant, "Hi");

        await().atMost(WAIT).until(() -> deliveries(tenant, endpoint).size() == 1
                && deliveries(tenant, endpoint).get(0).path("attempts").asInt() >= 1);
        var detail = detail(tenant, endpoint, deliveries(tenant, endpoint).get(0).path("id").asString());
        var first = detail.path("attemptLog").get(0);
        assertThat(first.path("responseStatus").isMissingNode()).isTrue();
        assertThat(first.path("error").asString()).contains("no answer within");
        assertThat(first.path("durationMillis").asLong()).isBetween(900L, 10_000L);
    }

    @Test
    void duringARotationDeliveriesCarryBothSignaturesAndAReplayKeepsTheId() throws Exception {
        Tenant tenant = newTenant();
        var created = create(tenant, receiver.url("/rotating"), List.of("message.created"));
        String endpoint = created.path("endpoint").path("id").asString();
        String oldSecret = created.path("secret").asString();
        var rotated = client().post(ROUTE + "/" + endpoint + "/rotate-secret", tenant.adminToken(), Map.of());
        assertThat(rotated.status()).isEqualTo(200);
        String newSecret = rotated.body().path("secret").asString();
        assertThat(newSecret).startsWith("whsec_").isNotEqualTo(oldSecret);
        assertThat(rotated.body().path("previousSecretExpiresAt").asString()).isNotBlank();
        assertThat(get(tenant, endpoint).has("secret")).as("the secret is shown once").isFalse();

        visitorWrites(tenant, "rotate");
        await().atMost(WAIT).until(() -> receiver.at("/rotating").size() == 1);
        var request = receiver.at("/rotating").getFirst();
        String[] signatures = request.header("webhook-signature").split(" ");
        assertThat(signatures).hasSize(2).allMatch(s -> s.startsWith("v1,"));
        for (String secret : List.of(oldSecret, newSecret)) {
            assertThat(StandardWebhooks.verifies(secret, request.header("webhook-id"),
                    request.header("webhook-timestamp"), request.body(), request.header("webhook-signature"))).isTrue();
        }
        assertThat(StandardWebhooks.verifies(newSecret, request.header("webhook-id"),
                request.header("webhook-timestamp"), request.body(), signatures[0])).as("the new one first").isTrue();

        await().atMost(WAIT).until(() -> deliveries(tenant, endpoint).get(0).path("status").asString()
                .equals("DELIVERED"));
        String delivery = deliveries(tenant, endpoint).get(0).path("id").asString();
        Tenant stranger = newTenant();
        assertThat(client().post(ROUTE + "/" + endpoint + "/deliveries/" + delivery + "/replay",
                stranger.adminToken(), Map.of()).status()).isEqualTo(404);
        var replay = client().post(ROUTE + "/" + endpoint + "/deliveries/" + delivery + "/replay",
                tenant.adminToken(), Map.of());
        assertThat(replay.status()).isEqualTo(202);
        await().atMost(WAIT).until(() -> receiver.at("/rotating").size() == 2);
        assertThat(receiver.at("/rotating").get(1).header("webhook-id")).isEqualTo(request.header("webhook-id"));
        await().atMost(WAIT).until(() -> detail(tenant, endpoint, delivery).path("attemptLog").size() == 2);
        assertThat(detail(tenant, endpoint, delivery).path("attemptLog").get(1).path("attempt").asInt()).isEqualTo(2);
    }

    @Test
    void badInputGetsAProblemCodeAndChangesNothing() {
        Tenant tenant = newTenant();
        Tenant stranger = newTenant();
        String url = receiver.url("/never");
        var endpoint = create(tenant, url, List.of("message.created")).path("endpoint");
        String id = endpoint.path("id").asString();

        assertRefused(tenant, Map.of("url", "ftp://example.com/x", "events", List.of("message.created")), 400,
                "outbound.url-invalid");
        assertRefused(tenant, Map.of("url", "http://10.0.0.1/hook", "events", List.of("message.created")), 400,
                "outbound.address-refused");
        assertRefused(tenant, Map.of("url", "http://[::1]:9/hook", "events", List.of("message.created")), 400,
                "outbound.address-refused");
        assertRefused(tenant, Map.of("url", "https://example.com/" + "x".repeat(3000), "events",
                List.of("message.created")), 400, "outbound.url-invalid");
        assertRefused(tenant, Map.of("events", List.of("message.created")), 400, "outbound.url-invalid");
        assertRefused(tenant, Map.of("url", url, "events", List.of("message.deleted")), 400, "webhook.event-unknown");
        assertRefused(tenant, Map.of("url", url, "events", List.of()), 400, "webhook.events-required");
        assertRefused(tenant, Map.of("url", url, "events", List.of("message.created"), "description", "d".repeat(201)),
                400, "webhook.description-too-long");
        assertRefused(tenant, Map.of("url", url, "events", "message.created"), 400, "request.malformed");
        var byAgent = client().post(ROUTE, newAgent(tenant, Role.AGENT), Map.of("url", url, "events",
                List.of("message.created")));
        assertThat(byAgent.status()).isEqualTo(403);
        assertThat(client().get(ROUTE, null).status()).isEqualTo(401);

        var patch = client().patch(ROUTE + "/" + id, tenant.adminToken(), Map.of("url", "http://192.168.1.1/"));
        assertThat(patch.status()).isEqualTo(400);
        assertThat(patch.code()).isEqualTo("outbound.address-refused");
        var badEvents = client().patch(ROUTE + "/" + id, tenant.adminToken(), Map.of("events", List.of("nope")));
        assertThat(badEvents.code()).isEqualTo("webhook.event-unknown");

        for (var foreign : List.of(client().get(ROUTE + "/" + id, stranger.adminToken()),
                client().patch(ROUTE + "/" + id, stranger.adminToken(), Map.of("enabled", false)),
                client().post(ROUTE + "/" + id + "/rotate-secret", stranger.adminToken(), Map.of()),
                client().get(ROUTE + "/" + id + "/deliveries", stranger.adminToken()),
                client().delete(ROUTE + "/" + id, stranger.adminToken()),
                client().get(ROUTE + "/" + UUID.randomUUID(), tenant.adminToken()))) {
            assertThat(foreign.status()).isEqualTo(404);
            assertThat(foreign.code()).isEqualTo("webhook.endpoint-not-found");
        }
        var unknownDelivery = client().get(ROUTE + "/" + id + "/deliveries/" + UUID.randomUUID(), tenant.adminToken());
        assertThat(unknownDelivery.status()).isEqualTo(404);
        assertThat(unknownDelivery.code()).isEqualTo("webhook.delivery-not-found");
        assertThat(client().get(ROUTE + "/not-an-id", tenant.adminToken()).code()).isEqualTo("request.invalid-id");
        assertThat(client().get(ROUTE + "/" + id + "/deliveries?limit=1000", tenant.adminToken()).code())
                .isEqualTo("request.invalid-limit");

        var list = client().get(ROUTE, tenant.adminToken()).body().path("items");
        assertThat(list.size()).isEqualTo(1);
        assertThat(list.get(0)).isEqualTo(endpoint);
        assertThat(client().get(ROUTE, stranger.adminToken()).body().path("items").size()).isZero();
        assertThat(client().delete(ROUTE + "/" + id, tenant.adminToken()).status()).isEqualTo(204);
        assertThat(client().get(ROUTE, tenant.adminToken()).body().path("items").size()).isZero();
    }

    private void assertRefused(Tenant tenant, Map<String, ?> body, int status, String code) {
        var response = client().post(ROUTE, tenant.adminToken(), body);
        assertThat(response.status()).as(body.toString()).isEqualTo(status);
        assertThat(response.code()).as(body.toString()).isEqualTo(code);
    }

    private JsonNode create(Tenant tenant, String url, List<String> events) {
        var response = client().post(ROUTE, tenant.adminToken(), Map.of("url", url, "events", events,
                "description", "test receiver"));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return response.body();
    }

    private JsonNode get(Tenant tenant, String endpoint) {
        var response = client().get(ROUTE + "/" + endpoint, tenant.adminToken());
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    private List<JsonNode> deliveries(Tenant tenant, String endpoint) {
        var response = client().get(ROUTE + "/" + endpoint + "/deliveries", tenant.adminToken());
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        var items = new java.util.ArrayList<JsonNode>();
        response.body().path("items").forEach(items::add);
        return items;
    }

    private JsonNode detail(Tenant tenant, String endpoint, String delivery) {
        var response = client().get(ROUTE + "/" + endpoint + "/deliveries/" + delivery, tenant.adminToken());
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    /** A visitor of the tenant starts a conversation and writes in it; returns the conversation's id. */
    private String visitorWrites(Tenant tenant, String text) {
        String token = visitorToken(tenant);
        var started = client().post("/api/v1/visitor/conversations", token, Map.of());
        assertThat(started.status()).as(started.body().toString()).isLessThan(300);
        String conversation = started.body().path("id").asString();
        var posted = client().post("/api/v1/visitor/conversations/" + conversation + "/messages", token,
                Map.of("clientMessageId", UUID.randomUUID().toString(), "body", text));
        assertThat(posted.status()).as(posted.body().toString()).isLessThan(300);
        lastVisitorToken = token;
        return conversation;
    }

    private String lastVisitorToken = "";

    private void visitorWritesIn(Tenant tenant, String conversation, String text) {
        var posted = client().post("/api/v1/visitor/conversations/" + conversation + "/messages", lastVisitorToken,
                Map.of("clientMessageId", UUID.randomUUID().toString(), "body", text));
        assertThat(posted.status()).as(posted.body().toString()).isLessThan(300);
    }

    private String visitorToken(Tenant tenant) {
        return client().visitorSession(tenant.widgetKey(), tenant.origin()).path("visitorToken").asString();
    }
}
