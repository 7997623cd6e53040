package io.parley.conversation.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.parley.testing.ParleyClient.Response;
import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.Tenant;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The DingTalk channel end to end against a fake of DingTalk's API: robot callbacks signed as DingTalk signs them
 * (a forged or stale one stores nothing), one-to-one and group chats, and replies through the chat's session webhook
 * and, once it has ended, the robot API with a cached access token.
 */
@TestPropertySource(properties = {"parley.outbound.allowed-hosts=127.0.0.1",
        "parley.channels.delivery.retry-schedule=0s,200ms",
        "parley.channels.delivery.poll-interval=100ms"})
@DirtiesContext // no other test's deliveries are sent by this context once its tests are done
class DingTalkChannelIntegrationTests extends ParleyIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BATCH_SEND = "/v1.0/robot/oToMessages/batchSend";
    private static final String GROUP_SEND = "/v1.0/robot/groupMessages/send";
    private final HttpClient http = HttpClient.newHttpClient();
    private DingTalkFake dingTalk;

    @BeforeEach
    void startFake() throws Exception {
        dingTalk = new DingTalkFake();
    }

    @AfterEach
    void stopFake() {
        dingTalk.close();
    }

    private record DingInbox(Tenant tenant, String id) {}

    private DingInbox dingTalkInbox(String answerMode) {
        return dingTalkInbox(answerMode, DingTalkFake.APP_SECRET);
    }

    private DingInbox dingTalkInbox(String answerMode, String appSecret) {
        return dingTalkInbox(answerMode, appSecret, dingTalk.base());
    }

    private DingInbox dingTalkInbox(String answerMode, String appSecret, String apiBase) {
        Tenant tenant = newTenant();
        String inbox = client().post("/api/v1/inboxes", tenant.adminToken(), Map.of("name", "DingTalk robot",
                "channel", "DINGTALK", "answerMode", answerMode)).body().path("id").asString();
        Response set = client().put("/api/v1/inboxes/" + inbox + "/channel-settings", tenant.adminToken(),
                Map.of("values", Map.of("appKey", DingTalkFake.APP_KEY, "appSecret", appSecret,
                        "robotCode", "robot-42", "apiBase", apiBase)));
        assertThat(set.status()).as(set.body().toString()).isEqualTo(200);
        return new DingInbox(tenant, inbox);
    }

    private static String sign(String timestamp, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal((timestamp + "\n" + secret)
                .getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> callback(String inbox, String timestamp, String sign, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/channels/dingtalk/"
                        + inbox)).header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (timestamp != null) {
            request.header("timestamp", timestamp);
        }
        if (sign != null) {
            request.header("sign", sign);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> signedCallback(String inbox, String body) throws Exception {
        return signedCallback(inbox, body, DingTalkFake.APP_SECRET);
    }

    private HttpResponse<String> signedCallback(String inbox, String body, String secret) throws Exception {
        String timestamp = Long.toString(Instant.now().toEpochMilli());
        return callback(inbox, timestamp, sign(timestamp, secret), body);
    }

    /** A one-to-one text message as DingTalk's robot callback carries it. */
    private String oneToOne(String msgId, String staffId, String text, String session, Instant sessionEnds) {
        return oneToOneWithWebhook(msgId, staffId, text, dingTalk.sessionWebhook(session), sessionEnds);
    }

    /** The same, with the session webhook's URL as given. */
    private String oneToOneWithWebhook(String msgId, String staffId, String text, String webhook,
                                       Instant sessionEnds) {
        return Json.of("msgId", msgId, "msgtype", "text", "text", Map.of("content", text),
                "senderStaffId", staffId, "senderId", "$:LWCP_v1:$" + staffId, "senderNick", "Mia " + staffId,
                "conversationType", "1", "conversationId", "cidP2P" + staffId, "robotCode", "robot-42",
                "sessionWebhook", webhook,
                "sessionWebhookExpiredTime", sessionEnds.toEpochMilli());
    }

    private String groupMessage(String msgId, String conversationId, String staffId, String nick, String text) {
        return Json.of("msgId", msgId, "msgtype", "text", "text", Map.of("content", " " + text),
                "senderStaffId", staffId, "senderNick", nick, "conversationType", "2",
                "conversationId", conversationId, "conversationTitle", "Support group", "robotCode", "robot-42",
                "isInAtList", true);
    }

    private List<JsonNode> conversations(DingInbox inbox) {
        Response list = client().get("/api/v1/conversations?inbox=" + inbox.id(), inbox.tenant().adminToken());
        assertThat(list.status()).as(list.body().toString()).isEqualTo(200);
        return list.body().path("items").valueStream().toList();
    }

    private List<String> bodies(DingInbox inbox, String conversation) {
        return client().get("/api/v1/conversations/" + conversation + "/messages?after=0", inbox.tenant().adminToken())
                .body().path("items").valueStream().map(m -> m.path("body").asString()).toList();
    }

    private String reply(DingInbox inbox, String conversation, String clientId, String body) {
        Response reply = client().post("/api/v1/conversations/" + conversation + "/messages",
                inbox.tenant().adminToken(), Map.of("clientMessageId", clientId, "body", body, "kind", "TEXT"));
        assertThat(reply.status()).isEqualTo(201);
        return reply.body().path("id").asString();
    }

    private JsonNode delivery(DingInbox inbox, String conversation, String message) {
        return client().get("/api/v1/conversations/" + conversation + "/deliveries", inbox.tenant().adminToken())
                .body().path("items").valueStream().filter(d -> d.path("messageId").asString().equals(message))
                .findFirst().orElseThrow();
    }

    private void awaitState(DingInbox inbox, String conversation, String message, String state) {
        await().atMost(Duration.ofSeconds(20)).until(() -> delivery(inbox, conversation, message).path("state")
                .asString().equals(state));
    }

    @Test
    void aForgedOrStaleCallbackIsRefusedAndStoresNothing() throws Exception {
        var inbox = dingTalkInbox("HUMANS_ONLY");
        String body = oneToOne("forged-1", "staff-1", "Hello", "s-1", Instant.now().plusSeconds(3600));
        String now = Long.toString(Instant.now().toEpochMilli());
        String right = sign(now, DingTalkFake.APP_SECRET);
        String offByOne = (right.charAt(0) == 'A' ? 'B' : 'A') + right.substring(1);
        String stale = Long.toString(Instant.now().minus(Duration.ofMinutes(61)).toEpochMilli());
        String future = Long.toString(Instant.now().plus(Duration.ofMinutes(61)).toEpochMilli());

        HttpResponse<String> forged = callback(inbox.id(), now, offByOne, body);
        HttpResponse<String> old = callback(inbox.id(), stale, sign(stale, DingTalkFake.APP_SECRET), body);
        HttpResponse<String> early = callback(inbox.id(), future, sign(future, DingTalkFake.APP_SECRET), body);
        HttpResponse<String> otherSecret = callback(inbox.id(), now, sign(now, "another-apps-secret"), body);
        HttpResponse<String> unsigned = callback(inbox.id(), null, null, body);
        HttpResponse<String> unknownInbox = callback(java.util.UUID.randomUUID().toString(), now, right, body);
        HttpResponse<String> widgetInbox = callback(inbox.tenant().inboxId(), now, right, body);
        HttpResponse<String> malformed = signedCallback(inbox.id(), "{\"msgId\": ");

        assertThat(List.of(forged, old, early, otherSecret, unsigned)).allSatisfy(refused -> {
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(JSON.readTree(refused.body()).path("code").asString()).isEqualTo("dingtalk.signature-invalid");
        });
        assertThat(unknownInbox.statusCode()).isEqualTo(404);
        assertThat(widgetInbox.statusCode()).isEqualTo(404);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(conversations(inbox)).isEmpty();
        // the session webhook of a refused callback is not kept either: nothing was stored
        assertThat(signedCallback(inbox.id(), oneToOne("real-1", "staff-1", "Hello", "s-2",
                Instant.now().plusSeconds(3600))).statusCode()).isEqualTo(200);
        assertThat(conversations(inbox)).hasSize(1);
    }

    @Test
    void aOneToOneChatIsStoredOnceAndRepliesGoByTheSessionWebhookThenByTheRobotApi() throws Exception {
        var inbox = dingTalkInbox("HUMANS_ONLY");
        String first = oneToOne("msg-1", "staff-7", "Where is my order?", "session-a", Instant.now().plusSeconds(5400));

        assertThat(signedCallback(inbox.id(), first).statusCode()).isEqualTo(200);
        assertThat(signedCallback(inbox.id(), first).statusCode()).as("DingTalk's redelivery").isEqualTo(200);

        List<JsonNode> conversations = conversations(inbox);
        assertThat(conversations).hasSize(1);
        String conversation = conversations.getFirst().path("id").asString();
        assertThat(conversations.getFirst().path("channel").asString()).isEqualTo("DINGTALK");
        assertThat(bodies(inbox, conversation)).containsExactly("Where is my order?");

        // while the session webhook is valid, the reply goes there
        String viaSession = reply(inbox, conversation, "r-1", "On its way");
        awaitState(inbox, conversation, viaSession, "SENT");
        assertThat(dingTalk.sent("/robot/sendBySession?session=session-a")).singleElement().satisfies(sent -> {
            assertThat(sent.body().path("msgtype").asString()).isEqualTo("text");
            assertThat(sent.body().path("text").path("content").asString()).isEqualTo("On its way");
        });
        assertThat(dingTalk.tokenRequests()).isZero();

        // the next message's session webhook has ended already: the robot API with an access token takes over
        assertThat(signedCallback(inbox.id(), oneToOne("msg-2", "staff-7", "Thanks", "session-b",
                Instant.now().minusSeconds(1))).statusCode()).isEqualTo(200);
        assertThat(bodies(inbox, conversation)).containsExactly("Where is my order?", "On its way", "Thanks");
        String viaApi = reply(inbox, conversation, "r-2", "You are welcome");
        awaitState(inbox, conversation, viaApi, "SENT");
        String again = reply(inbox, conversation, "r-3", "Anything else?");
        awaitState(inbox, conversation, again, "SENT");
        assertThat(dingTalk.sent(BATCH_SEND)).hasSize(2).allSatisfy(sent -> {
            assertThat(sent.body().path("robotCode").asString()).isEqualTo("robot-42");
            assertThat(sent.body().path("userIds").valueStream().map(JsonNode::asString).toList())
                    .containsExactly("staff-7");
            assertThat(sent.body().path("msgKey").asString()).isEqualTo("sampleText");
        });
        assertThat(JSON.readTree(dingTalk.sent(BATCH_SEND).getFirst().body().path("msgParam").asString())
                .path("content").asString()).isEqualTo("You are welcome");
        assertThat(dingTalk.tokenRequests()).as("one token for several sends").isEqualTo(1);
        assertThat(dingTalk.sent("/robot/sendBySession?session=session-b")).isEmpty();
        assertThat(delivery(inbox, conversation, viaApi).path("platformMessageId").asString())
                .as("DingTalk's processQueryKey").startsWith("pq-");

        // DingTalk ends the token: the refusal fetches a new one and the reply still goes out
        dingTalk.expireTokens();
        String afterExpiry = reply(inbox, conversation, "r-4", "Still here");
        awaitState(inbox, conversation, afterExpiry, "SENT");
        assertThat(dingTalk.tokenRequests()).isEqualTo(2);
        assertThat(dingTalk.sent(BATCH_SEND).getLast().token()).isEqualTo("tok-2");
    }

    @Test
    void aGroupChatIsOneConversationWithEachSendersNickAndRepliesGoToTheGroup() throws Exception {
        var inbox = dingTalkInbox("HUMANS_ONLY");
        String cid = "cidGroup+Ab/12==";

        assertThat(signedCallback(inbox.id(), groupMessage("g-1", cid, "staff-1", "Li", "Is the shop open?"))
                .statusCode()).isEqualTo(200);
        assertThat(signedCallback(inbox.id(), groupMessage("g-2", cid, "staff-2", "Wang", "And on Sunday?"))
                .statusCode()).isEqualTo(200);
        // a one-to-one chat of one of them is a conversation of its own
        assertThat(signedCallback(inbox.id(), oneToOne("p-1", "staff-1", "Privately", "s-p",
                Instant.now().plusSeconds(3600))).statusCode()).isEqualTo(200);

        List<JsonNode> conversations = conversations(inbox);
        assertThat(conversations).hasSize(2);
        String group = conversations.stream().map(c -> c.path("id").asString())
                .filter(id -> bodies(inbox, id).size() == 2).findFirst().orElseThrow();
        assertThat(bodies(inbox, group)).containsExactly("Li: Is the shop open?", "Wang: And on Sunday?");

        // no session webhook came with the group's messages: the reply goes to the group through the robot API
        String reply = reply(inbox, group, "g-r", "Yes, nine to five");
        awaitState(inbox, group, reply, "SENT");
        assertThat(dingTalk.sent(GROUP_SEND)).singleElement().satisfies(sent -> {
            assertThat(sent.body().path("openConversationId").asString()).isEqualTo(cid);
            assertThat(sent.body().path("robotCode").asString()).isEqualTo("robot-42");
            assertThat(JSON.readTree(sent.body().path("msgParam").asString()).path("content").asString())
                    .isEqualTo("Yes, nine to five");
        });
        assertThat(dingTalk.sent(BATCH_SEND)).isEmpty();
    }

    @Test
    void aDingTalkRefusalFailsTheDeliveryWithDingTalksReason() throws Exception {
        var inbox = dingTalkInbox("HUMANS_ONLY");
        assertThat(signedCallback(inbox.id(), oneToOne("m-1", "staff-9", "Hi", "s-9", Instant.now().minusSeconds(5)))
                .statusCode()).isEqualTo(200);
        String conversation = conversations(inbox).getFirst().path("id").asString();

        dingTalk.refuseNextSend(400, "{\"code\":\"invalidParameter.robotCode\",\"message\":\"robot does not exist\"}");
        String refused = reply(inbox, conversation, "r-1", "Hello");
        awaitState(inbox, conversation, refused, "FAILED");
        JsonNode failed = delivery(inbox, conversation, refused);
        assertThat(failed.path("reason").asString()).contains("HTTP 400").contains("invalidParameter.robotCode")
                .contains("robot does not exist");
        assertThat(failed.path("attempts").asInt()).as("a permanent refusal is not tried again").isEqualTo(1);

        dingTalk.refuseNextSend(429, "{\"code\":\"Forbidden.AccessDenied.QpsLimitForApi\",\"message\":\"too fast\"}");
        String throttled = reply(inbox, conversation, "r-2", "Hello again");
        awaitState(inbox, conversation, throttled, "SENT");
        assertThat(delivery(inbox, conversation, throttled).path("attempts").asInt()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theBotsAnswerGoesOutThroughTheSessionWebhook() throws Exception {
        var inbox = dingTalkInbox("KNOWLEDGE");
        client().post("/api/v1/knowledge/entries", inbox.tenant().adminToken(),
                Map.of("question", "What are your opening hours?", "answer", "Nine to five, Monday to Friday."));

        assertThat(signedCallback(inbox.id(), oneToOne("b-1", "staff-3", "What are your opening hours?", "bot-s",
                Instant.now().plusSeconds(3600))).statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).until(() -> !dingTalk.sent("/robot/sendBySession?session=bot-s")
                .isEmpty());
        assertThat(dingTalk.sent("/robot/sendBySession?session=bot-s").getFirst().body().path("text")
                .path("content").asString()).contains("Nine to five");
    }

    @Test
    void aSessionWebhookOnAnotherHostIsNeverCalledAndAnEndedOneGivesWayToTheRobotApi() throws Exception {
        var inbox = dingTalkInbox("HUMANS_ONLY");
        try (var elsewhere = new DingTalkFake()) {
            // a callback naming a webhook on another address (here another port of 127.0.0.1): never called
            assertThat(signedCallback(inbox.id(), oneToOneWithWebhook("h-1", "staff-5", "Hi",
                    elsewhere.sessionWebhook("x"), Instant.now().plusSeconds(3600))).statusCode()).isEqualTo(200);
            String conversation = conversations(inbox).getFirst().path("id").asString();
            String first = reply(inbox, conversation, "r-1", "Hello");
            awaitState(inbox, conversation, first, "SENT");
            assertThat(elsewhere.sent("/robot/sendBySession?session=x")).isEmpty();
            assertThat(dingTalk.sent(BATCH_SEND)).hasSize(1);

            // DingTalk's session webhook refuses (it ended early): the robot API takes the reply
            assertThat(signedCallback(inbox.id(), oneToOne("h-2", "staff-5", "Still there?", "s-5",
                    Instant.now().plusSeconds(3600))).statusCode()).isEqualTo(200);
            dingTalk.endSessions();
            String second = reply(inbox, conversation, "r-2", "Yes");
            awaitState(inbox, conversation, second, "SENT");
            assertThat(dingTalk.sent(BATCH_SEND)).hasSize(2);
            assertThat(JSON.readTree(dingTalk.sent(BATCH_SEND).getLast().body().path("msgParam").asString())
                    .path("content").asString()).isEqualTo("Yes");
            assertThat(dingTalk.sent("/robot/sendBySession?session=s-5")).isEmpty();
        }
    }

    @Test
    void aWrongAppSecretFailsTheReplyForGoodWithDingTalksReason() throws Exception {
        String wrongSecret = "not-the-apps-secret-0123456789";
        var inbox = dingTalkInbox("HUMANS_ONLY", wrongSecret);
        assertThat(signedCallback(inbox.id(), oneToOne("w-1", "staff-6", "Hi", "s-6", Instant.now().minusSeconds(1)),
                wrongSecret).statusCode()).isEqualTo(200);
        String conversation = conversations(inbox).getFirst().path("id").asString();

        String reply = reply(inbox, conversation, "r-1", "Hello");

        awaitState(inbox, conversation, reply, "FAILED");
        JsonNode failed = delivery(inbox, conversation, reply);
        assertThat(failed.path("reason").asString()).contains("access token").contains("invalidClientSecret")
                .contains("wrong app secret").doesNotContain(wrongSecret);
        assertThat(failed.path("attempts").asInt()).isEqualTo(1);
        assertThat(dingTalk.sent(BATCH_SEND)).isEmpty();
    }

    @Test
    void anApiBaseTheOutboundGuardRefusesFailsTheReplyAndIsNeverCalled() throws Exception {
        var inbox = dingTalkInbox("HUMANS_ONLY", DingTalkFake.APP_SECRET, "http://10.0.0.1:9");
        assertThat(signedCallback(inbox.id(), oneToOne("o-1", "staff-4", "Hi", "s-4", Instant.now().minusSeconds(1)))
                .statusCode()).isEqualTo(200);
        String conversation = conversations(inbox).getFirst().path("id").asString();

        String reply = reply(inbox, conversation, "r-1", "Hello");

        awaitState(inbox, conversation, reply, "FAILED");
        JsonNode failed = delivery(inbox, conversation, reply);
        assertThat(failed.path("reason").asString()).contains("outbound guard").contains("10.0.0.1");
        assertThat(failed.path("attempts").asInt()).isEqualTo(1);
    }

    @Test
    void eightSimultaneousDeliveriesOfOneCallbackStoreItsMessageOnce() throws Exception {
        var inbox = dingTalkInbox("HUMANS_ONLY");
        String body = oneToOne("burst-1", "staff-8", "Once only", "s-8", Instant.now().plusSeconds(3600));
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            List<java.util.concurrent.Future<HttpResponse<String>>> arrivals = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                arrivals.add(pool.submit(() -> signedCallback(inbox.id(), body)));
            }
            for (var arrival : arrivals) {
                assertThat(arrival.get().statusCode()).as("stored, a repeat, or in progress (DingTalk tries again)")
                        .isIn(200, 409);
            }
        }
        List<JsonNode> conversations = conversations(inbox);
        assertThat(conversations).hasSize(1);
        assertThat(bodies(inbox, conversations.getFirst().path("id").asString())).containsExactly("Once only");
    }

    /** JSON bodies for the callbacks. */
    private static final class Json {
        static String of(Object... keysAndValues) {
            var value = new java.util.LinkedHashMap<Object, Object>();
            for (int i = 0; i < keysAndValues.length; i += 2) {
                value.put(keysAndValues[i], keysAndValues[i + 1]);
            }
            return JSON.writeValueAsString(value);
        }
    }
}
