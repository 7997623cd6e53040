package io.parley.conversation.feishu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.parley.channel.ChannelSettingsAdministration;
import io.parley.channel.ChannelType;
import io.parley.shared.InboxId;
import io.parley.testing.ParleyClient.Response;
import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.Tenant;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Feishu channel end to end: callbacks built as Feishu builds them (encrypted with the app's Encrypt Key, signed
 * with X-Lark-Signature, the verification token inside) into an inbox of channel FEISHU, and replies out to a fake of
 * Feishu's open API that issues tenant_access_tokens and takes messages only with a valid one.
 */
@TestPropertySource(properties = {"parley.outbound.allowed-hosts=127.0.0.1",
        "parley.channels.delivery.retry-schedule=0s,200ms",
        "parley.channels.delivery.poll-interval=100ms"})
@DirtiesContext // no other test's deliveries are sent by this context once its tests are done
class FeishuChannelIntegrationTests extends ParleyIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String APP_ID = "cli_a1b2c3d4e5f6";
    private static final String APP_SECRET = "app-secret-0123456789";
    private static final String TOKEN = "verification-token-abc";
    private static final String ENCRYPT_KEY = "encrypt-key-xyz-987";

    @Autowired
    DataSource dataSource;

    @Autowired
    ChannelSettingsAdministration settings;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private FeishuFake feishu;

    @BeforeEach
    void startFeishu() throws Exception {
        feishu = new FeishuFake(APP_ID, APP_SECRET);
    }

    @AfterEach
    void stopFeishu() {
        feishu.close();
    }

    private record Inbox(Tenant tenant, String id, String encryptKey) {}

    private Inbox feishuInbox(String answerMode, String encryptKey) {
        Tenant tenant = newTenant();
        Response created = client().post("/api/v1/inboxes", tenant.adminToken(),
                Map.of("name", "Feishu bot", "channel", "FEISHU", "answerMode", answerMode));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String inbox = created.body().path("id").asString();
        Map<String, String> values = new LinkedHashMap<>(Map.of("appId", APP_ID, "appSecret", APP_SECRET,
                "verificationToken", TOKEN, "apiBase", feishu.base()));
        if (!encryptKey.isEmpty()) {
            values.put("encryptKey", encryptKey);
        }
        Response set = client().put("/api/v1/inboxes/" + inbox + "/channel-settings", tenant.adminToken(),
                Map.of("values", values));
        assertThat(set.status()).as(set.body().toString()).isEqualTo(200);
        return new Inbox(tenant, inbox, encryptKey);
    }

    // --- callbacks as Feishu makes them

    private record Callback(int status, JsonNode body) {}

    private static String messageEvent(String eventId, String openId, String type, String content, String token) {
        var event = Map.of(
                "schema", "2.0",
                "header", Map.of("event_id", eventId, "token", token, "create_time", "1700000000000",
                        "event_type", "im.message.receive_v1", "tenant_key", "tk_1", "app_id", APP_ID),
                "event", Map.of(
                        "sender", Map.of("sender_id", Map.of("open_id", openId, "union_id", "on_1", "user_id", "u1"),
                                "sender_type", "user", "tenant_key", "tk_1"),
                        "message", Map.of("message_id", "om_" + eventId, "create_time", "1700000000000",
                                "chat_id", "oc_1", "chat_type", "p2p", "message_type", type, "content", content)));
        return JSON.writeValueAsString(event);
    }

    private static String text(String text) {
        return JSON.writeValueAsString(Map.of("text", text));
    }

    /** Encrypted and signed with the inbox's Encrypt Key, or plain when it has none. */
    private Callback deliver(Inbox inbox, String event) throws Exception {
        if (inbox.encryptKey().isEmpty()) {
            return post(inbox.id(), event, Map.of());
        }
        String body = JSON.writeValueAsString(Map.of("encrypt", encrypt(inbox.encryptKey(), event)));
        return post(inbox.id(), body, signed(inbox.encryptKey(), body, Instant.now()));
    }

    private static Map<String, String> signed(String key, String body, Instant at) throws Exception {
        String timestamp = Long.toString(at.getEpochSecond());
        String nonce = UUID.randomUUID().toString();
        String signature = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest((timestamp + nonce + key + body).getBytes(StandardCharsets.UTF_8)));
        return Map.of("X-Lark-Request-Timestamp", timestamp, "X-Lark-Request-Nonce", nonce,
                "X-Lark-Signature", signature);
    }

    private static String encrypt(String key, String plain) throws Exception {
        byte[] iv = new byte[16];
        new SecureRandom().nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(MessageDigest.getInstance("SHA-256")
                .digest(key.getBytes(StandardCharsets.UTF_8)), "AES"), new IvParameterSpec(iv));
        byte[] encrypted = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
        byte[] all = new byte[iv.length + encrypted.length];
        System.arraycopy(iv, 0, all, 0, iv.length);
        System.arraycopy(encrypted, 0, all, iv.length, encrypted.length);
        return Base64.getEncoder().encodeToString(all);
    }

    private Callback post(String inbox, String body, Map<String, String> headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/channels/feishu/" + inbox))
                .header("Content-Type", "application/json; charset=utf-8").timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("Feishu waits 3 seconds")
                .isLessThan(Duration.ofSeconds(3));
        JsonNode json = response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        return new Callback(response.statusCode(), json);
    }

    // --- what Parley stored

    private long stored(Inbox inbox) {
        var jdbc = new JdbcTemplate(dataSource);
        Long messages = jdbc.queryForObject("SELECT count(*) FROM message m JOIN conversation c"
                + " ON c.id = m.conversation_id WHERE c.inbox_id = ?::uuid", Long.class, inbox.id());
        Long contacts = jdbc.queryForObject("SELECT count(*) FROM visitor_channel_contact WHERE inbox_id = ?::uuid",
                Long.class, inbox.id());
        Long receipts = jdbc.queryForObject("SELECT count(*) FROM channel_receipt WHERE inbox_id = ?::uuid",
                Long.class, inbox.id());
        return messages + contacts + receipts;
    }

    private List<JsonNode> conversations(Inbox inbox) {
        return client().get("/api/v1/conversations?inbox=" + inbox.id(), inbox.tenant().adminToken()).body()
                .path("items").valueStream().toList();
    }

    private String onlyConversation(Inbox inbox) {
        List<JsonNode> all = conversations(inbox);
        assertThat(all).hasSize(1);
        return all.getFirst().path("id").asString();
    }

    private List<JsonNode> history(Inbox inbox, String conversation) {
        return client().get("/api/v1/conversations/" + conversation + "/messages?after=0", inbox.tenant().adminToken())
                .body().path("items").valueStream().toList();
    }

    private String externalId(Inbox inbox, String conversation) {
        return new JdbcTemplate(dataSource).queryForObject("SELECT k.external_id FROM visitor_channel_contact k"
                + " JOIN conversation c ON c.visitor_id = k.visitor_id AND c.inbox_id = k.inbox_id WHERE c.id = ?::uuid",
                String.class, conversation);
    }

    private String reply(Inbox inbox, String conversation, String body) {
        Response reply = client().post("/api/v1/conversations/" + conversation + "/messages",
                inbox.tenant().adminToken(), Map.of("clientMessageId", UUID.randomUUID().toString(), "body", body,
                        "kind", "TEXT"));
        assertThat(reply.status()).isEqualTo(201);
        return reply.body().path("id").asString();
    }

    private JsonNode delivery(Inbox inbox, String conversation, String message) {
        Response list = client().get("/api/v1/conversations/" + conversation + "/deliveries",
                inbox.tenant().adminToken());
        assertThat(list.status()).isEqualTo(200);
        return list.body().path("items").valueStream().filter(d -> d.path("messageId").asString().equals(message))
                .findFirst().orElseThrow();
    }

    private void awaitState(Inbox inbox, String conversation, String message, String state) {
        await().atMost(Duration.ofSeconds(20)).until(() -> delivery(inbox, conversation, message).path("state")
                .asString().equals(state));
    }

    // --- the tests

    @Test
    void theUrlVerificationIsAnsweredWithItsChallengeEncryptedOrPlain() throws Exception {
        var encrypted = feishuInbox("HUMANS_ONLY", ENCRYPT_KEY);
        String challenge = JSON.writeValueAsString(Map.of("challenge", "ajls384kdjx98XX", "token", TOKEN,
                "type", "url_verification"));
        String body = JSON.writeValueAsString(Map.of("encrypt", encrypt(ENCRYPT_KEY, challenge)));

        Callback answered = post(encrypted.id(), body, Map.of());
        Callback answeredSigned = post(encrypted.id(), body, signed(ENCRYPT_KEY, body, Instant.now()));

        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.body().path("challenge").asString()).isEqualTo("ajls384kdjx98XX");
        assertThat(answeredSigned.body().path("challenge").asString()).isEqualTo("ajls384kdjx98XX");

        var plain = feishuInbox("HUMANS_ONLY", "");
        Callback plainAnswer = post(plain.id(), challenge, Map.of());
        assertThat(plainAnswer.status()).isEqualTo(200);
        assertThat(plainAnswer.body().path("challenge").asString()).isEqualTo("ajls384kdjx98XX");
        Callback wrongToken = post(plain.id(), challenge.replace(TOKEN, "guessed"), Map.of());
        assertThat(wrongToken.status()).isEqualTo(401);
        assertThat(wrongToken.body().path("code").asString()).isEqualTo("feishu.token-invalid");
    }

    @Test
    void aMessageIsStoredOnceInAConversationOfItsSender() throws Exception {
        var inbox = feishuInbox("HUMANS_ONLY", ENCRYPT_KEY);
        String event = messageEvent("ev-1", "ou_mia", "text", text("Where is my order?"), TOKEN);

        Callback first = deliver(inbox, event);
        Callback again = deliver(inbox, event);
        Callback image = deliver(inbox, messageEvent("ev-2", "ou_mia", "image",
                "{\"image_key\":\"img_v2_abc\"}", TOKEN));
        Callback otherEvent = deliver(inbox, messageEvent("ev-3", "ou_mia", "text", text("x"), TOKEN)
                .replace("im.message.receive_v1", "im.chat.member.bot.added_v1"));

        assertThat(List.of(first.status(), again.status(), image.status(), otherEvent.status()))
                .containsOnly(200);
        String conversation = onlyConversation(inbox);
        assertThat(history(inbox, conversation)).extracting(m -> m.path("body").asString())
                .containsExactly("Where is my order?", "[Image] img_v2_abc");
        assertThat(externalId(inbox, conversation)).isEqualTo("ou_mia");

        // eight deliveries of one new event at once, as Feishu's redeliveries reaching several threads or nodes
        String burst = messageEvent("ev-4", "ou_mia", "text", text("Once"), TOKEN);
        try (var pool = Executors.newFixedThreadPool(8)) {
            List<Future<Callback>> arrivals = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                arrivals.add(pool.submit((Callable<Callback>) () -> deliver(inbox, burst)));
            }
            for (Future<Callback> arrival : arrivals) {
                assertThat(arrival.get().status()).isIn(200, 409);
            }
        }
        assertThat(history(inbox, conversation)).filteredOn(m -> m.path("body").asString().equals("Once")).hasSize(1);
    }

    @Test
    void forgedStaleUndecryptableAndMisdirectedCallbacksAreRefusedAndStoreNothing() throws Exception {
        var inbox = feishuInbox("HUMANS_ONLY", ENCRYPT_KEY);
        String event = messageEvent("ev-bad", "ou_eve", "text", text("hi"), TOKEN);
        String body = JSON.writeValueAsString(Map.of("encrypt", encrypt(ENCRYPT_KEY, event)));
        Map<String, String> forged = new LinkedHashMap<>(signed(ENCRYPT_KEY, body, Instant.now()));
        forged.put("X-Lark-Signature", "0".repeat(64));
        String otherKeyBody = JSON.writeValueAsString(Map.of("encrypt", encrypt("another key", event)));
        String wrongToken = JSON.writeValueAsString(Map.of("encrypt", encrypt(ENCRYPT_KEY,
                messageEvent("ev-bad", "ou_eve", "text", text("hi"), "guessed"))));

        Map<String, Callback> answers = new LinkedHashMap<>();
        answers.put("forged signature", post(inbox.id(), body, forged));
        answers.put("signed with another key", post(inbox.id(), body, signed("another key", body, Instant.now())));
        answers.put("stale", post(inbox.id(), body, signed(ENCRYPT_KEY, body, Instant.now().minusSeconds(600))));
        answers.put("unsigned", post(inbox.id(), body, Map.of()));
        answers.put("encrypted with another key", post(inbox.id(), otherKeyBody,
                signed(ENCRYPT_KEY, otherKeyBody, Instant.now())));
        answers.put("wrong verification token", post(inbox.id(), wrongToken,
                signed(ENCRYPT_KEY, wrongToken, Instant.now())));
        answers.put("not encrypted", post(inbox.id(), event, signed(ENCRYPT_KEY, event, Instant.now())));
        answers.put("not JSON", post(inbox.id(), "{\"encrypt\":", signed(ENCRYPT_KEY, "{\"encrypt\":", Instant.now())));
        answers.put("unknown inbox", post(UUID.randomUUID().toString(), body, signed(ENCRYPT_KEY, body, Instant.now())));
        answers.put("not an id", post("inbox-1", body, signed(ENCRYPT_KEY, body, Instant.now())));
        answers.put("another channel's inbox", post(inbox.tenant().inboxId(), body,
                signed(ENCRYPT_KEY, body, Instant.now())));

        assertThat(answers).allSatisfy((what, answer) -> {
            assertThat(answer.status()).as(what).isBetween(400, 404);
            assertThat(answer.body().path("code").asString()).as(what).isNotBlank();
        });
        assertThat(answers.get("forged signature").body().path("code").asString()).isEqualTo("feishu.signature-invalid");
        assertThat(answers.get("stale").body().path("code").asString()).isEqualTo("feishu.timestamp-stale");
        assertThat(answers.get("encrypted with another key").body().path("code").asString())
                .isEqualTo("feishu.undecryptable");
        assertThat(answers.get("unknown inbox").status()).isEqualTo(404);
        assertThat(stored(inbox)).isZero();

        // a disabled inbox takes nothing either
        new JdbcTemplate(dataSource).update("UPDATE inbox SET enabled = false WHERE id = ?::uuid", inbox.id());
        await().atMost(Duration.ofSeconds(15)).until(() -> settings.forAdapter(InboxId.parse(inbox.id()),
                ChannelType.FEISHU).isEmpty());
        assertThat(post(inbox.id(), body, signed(ENCRYPT_KEY, body, Instant.now())).status()).isEqualTo(404);
        assertThat(stored(inbox)).isZero();
    }

    @Test
    void withoutAnEncryptKeyTheVerificationTokenDecides() throws Exception {
        var inbox = feishuInbox("HUMANS_ONLY", "");

        Callback guessed = deliver(inbox, messageEvent("ev-p1", "ou_pat", "text", text("hello"), "guessed"));
        assertThat(guessed.status()).isEqualTo(401);
        assertThat(stored(inbox)).isZero();

        Callback right = deliver(inbox, messageEvent("ev-p2", "ou_pat", "text", text("hello"), TOKEN));
        assertThat(right.status()).isEqualTo(200);
        assertThat(history(inbox, onlyConversation(inbox))).extracting(m -> m.path("body").asString())
                .containsExactly("hello");
    }

    @Test
    void anAgentsRepliesReachFeishuWithOneCachedTokenRenewedWhenFeishuRefusesIt() throws Exception {
        var inbox = feishuInbox("HUMANS_ONLY", ENCRYPT_KEY);
        deliver(inbox, messageEvent("ev-r1", "ou_ray", "text", text("Is it shipped?"), TOKEN));
        String conversation = onlyConversation(inbox);

        String first = reply(inbox, conversation, "Yes, today.");
        awaitState(inbox, conversation, first, "SENT");
        String second = reply(inbox, conversation, "Tracking: 12345 \"DHL\"");
        awaitState(inbox, conversation, second, "SENT");

        assertThat(feishu.sent()).extracting(FeishuFake.Sent::receiveId).containsOnly("ou_ray");
        assertThat(feishu.sent()).extracting(FeishuFake.Sent::text)
                .containsExactly("Yes, today.", "Tracking: 12345 \"DHL\"");
        assertThat(feishu.sent()).extracting(FeishuFake.Sent::msgType).containsOnly("text");
        assertThat(feishu.sent()).extracting(FeishuFake.Sent::uuid).containsExactly(first, second);
        assertThat(feishu.tokenRequests()).as("one token for several messages").isEqualTo(1);
        assertThat(delivery(inbox, conversation, first).path("platformMessageId").asString()).startsWith("om_");

        feishu.expireTokens();
        String third = reply(inbox, conversation, "Anything else?");
        awaitState(inbox, conversation, third, "SENT");
        assertThat(feishu.refusedTokens()).hasSize(1);
        assertThat(feishu.tokenRequests()).as("a new token after Feishu refused the old").isEqualTo(2);
        assertThat(delivery(inbox, conversation, third).path("attempts").asInt()).isEqualTo(1);
        assertThat(feishu.sent()).extracting(FeishuFake.Sent::text).last().isEqualTo("Anything else?");
    }

    @Test
    void feishusRefusalFailsWithItsReasonAndARateLimitIsTriedAgain() throws Exception {
        var inbox = feishuInbox("HUMANS_ONLY", ENCRYPT_KEY);
        deliver(inbox, messageEvent("ev-f1", "ou_gone", "text", text("Hi"), TOKEN));
        String conversation = onlyConversation(inbox);

        feishu.rateLimit(1);
        String limited = reply(inbox, conversation, "First");
        awaitState(inbox, conversation, limited, "SENT");
        assertThat(delivery(inbox, conversation, limited).path("attempts").asInt()).isEqualTo(2);

        feishu.unreachable("ou_gone");
        String refused = reply(inbox, conversation, "Second");
        awaitState(inbox, conversation, refused, "FAILED");
        JsonNode failed = delivery(inbox, conversation, refused);
        assertThat(failed.path("reason").asString()).contains("230002").contains("The bot can not be outside the group.");
        assertThat(failed.path("attempts").asInt()).as("Feishu's refusal is final").isEqualTo(1);
    }

    @Test
    void aWrongAppSecretFailsWithFeishusReasonAndARightOneSends() throws Exception {
        var inbox = feishuInbox("HUMANS_ONLY", ENCRYPT_KEY);
        deliver(inbox, messageEvent("ev-s1", "ou_sam", "text", text("Hello?"), TOKEN));
        String conversation = onlyConversation(inbox);
        assertThat(client().put("/api/v1/inboxes/" + inbox.id() + "/channel-settings", inbox.tenant().adminToken(),
                Map.of("values", Map.of("appSecret", "wrong-secret"))).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15)).until(() -> settings.forAdapter(InboxId.parse(inbox.id()),
                ChannelType.FEISHU).flatMap(s -> s.value("appSecret")).orElse("").equals("wrong-secret"));

        String refused = reply(inbox, conversation, "Hi Sam");
        awaitState(inbox, conversation, refused, "FAILED");
        assertThat(delivery(inbox, conversation, refused).path("reason").asString())
                .contains("10014").contains("app secret invalid");
        assertThat(feishu.sent()).isEmpty();

        assertThat(client().put("/api/v1/inboxes/" + inbox.id() + "/channel-settings", inbox.tenant().adminToken(),
                Map.of("values", Map.of("appSecret", APP_SECRET))).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15)).until(() -> settings.forAdapter(InboxId.parse(inbox.id()),
                ChannelType.FEISHU).flatMap(s -> s.value("appSecret")).orElse("").equals(APP_SECRET));
        assertThat(client().post("/api/v1/conversations/" + conversation + "/deliveries/" + refused + "/retry",
                inbox.tenant().adminToken(), Map.of()).status()).isEqualTo(200);
        awaitState(inbox, conversation, refused, "SENT");
        assertThat(feishu.sent()).extracting(FeishuFake.Sent::text).containsExactly("Hi Sam");
    }

    @Test
    void anApiBaseOnAnInternalAddressIsRefusedByTheOutboundGuard() throws Exception {
        var inbox = feishuInbox("HUMANS_ONLY", ENCRYPT_KEY);
        deliver(inbox, messageEvent("ev-g1", "ou_gus", "text", text("Hi"), TOKEN));
        String conversation = onlyConversation(inbox);
        assertThat(client().put("/api/v1/inboxes/" + inbox.id() + "/channel-settings", inbox.tenant().adminToken(),
                Map.of("values", Map.of("apiBase", "http://10.0.0.1:8080"))).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15)).until(() -> settings.forAdapter(InboxId.parse(inbox.id()),
                ChannelType.FEISHU).flatMap(s -> s.value("apiBase")).orElse("").contains("10.0.0.1"));

        String refused = reply(inbox, conversation, "Hello Gus");
        awaitState(inbox, conversation, refused, "FAILED");
        assertThat(delivery(inbox, conversation, refused).path("reason").asString())
                .contains("apiBase is refused").contains("10.0.0.1");
        assertThat(delivery(inbox, conversation, refused).path("attempts").asInt()).isEqualTo(1);
        assertThat(feishu.tokenRequests()).isZero();
    }

    @Test
    void theBotsAnswerGoesOutThroughFeishuToo() throws Exception {
        var inbox = feishuInbox("KNOWLEDGE", ENCRYPT_KEY);
        client().post("/api/v1/knowledge/entries", inbox.tenant().adminToken(),
                Map.of("question", "What are your opening hours?", "answer", "Nine to five, Monday to Friday."));

        Callback answer = deliver(inbox, messageEvent("ev-b1", "ou_bot", "text", text("What are your opening hours?"),
                TOKEN));

        assertThat(answer.status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> !feishu.sent().isEmpty());
        assertThat(feishu.sent().getFirst().receiveId()).isEqualTo("ou_bot");
        assertThat(feishu.sent().getFirst().text()).contains("Nine to five");
    }
}
