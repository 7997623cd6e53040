package io.parley.conversation.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.parley.testing.ParleyClient.Response;
import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.Tenant;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A WeChat Official Account inbox end to end: WeChat's callbacks (URL verification, messages in plain and safe mode,
 * signed and encrypted here as WeChat does) into conversations, and replies of agents and the bot out to a fake of
 * WeChat's API that issues access tokens and checks them.
 */
@TestPropertySource(properties = {"parley.outbound.allowed-hosts=127.0.0.1",
        "parley.channels.delivery.retry-schedule=0s,200ms", "parley.channels.delivery.poll-interval=100ms"})
@DirtiesContext // no other test's deliveries are sent by this context once its tests are done
class WeChatChannelIntegrationTests extends ParleyIntegrationTest {

    private static final String APP_ID = "wx1234567890abcdef";
    private static final String SECRET = "app-secret-0123456789";
    private static final String TOKEN = "callbackToken42";

    private final HttpClient http = HttpClient.newHttpClient();
    private WeChatApiFake wechat;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void startFake() throws Exception {
        wechat = new WeChatApiFake(APP_ID, SECRET);
    }

    @AfterEach
    void stopFake() {
        wechat.close();
    }

    private record Inbox(Tenant tenant, String id, String aesKey) {}

    private Inbox inbox(String answerMode, String messageMode) {
        Tenant tenant = newTenant();
        Response created = client().post("/api/v1/inboxes", tenant.adminToken(),
                Map.of("name", "Official account", "channel", "WECHAT", "answerMode", answerMode));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String id = created.body().path("id").asString();
        String aesKey = WeChatServer.randomAesKey();
        Response set = client().put("/api/v1/inboxes/" + id + "/channel-settings", tenant.adminToken(),
                Map.of("values", Map.of("appId", APP_ID, "appSecret", SECRET, "token", TOKEN,
                        "encodingAesKey", aesKey, "messageMode", messageMode, "apiBase", wechat.url())));
        assertThat(set.status()).as(set.body().toString()).isEqualTo(200);
        return new Inbox(tenant, id, aesKey);
    }

    private static String xml(String openId, String type, String fields) {
        return "<xml><ToUserName><![CDATA[gh_0123456789ab]]></ToUserName><FromUserName><![CDATA[" + openId
                + "]]></FromUserName><CreateTime>" + Instant.now().getEpochSecond() + "</CreateTime><MsgType><![CDATA["
                + type + "]]></MsgType>" + fields + "</xml>";
    }

    private static String text(String openId, String msgId, String content) {
        return xml(openId, "text", "<Content><![CDATA[" + content + "]]></Content><MsgId>" + msgId + "</MsgId>");
    }

    private HttpResponse<String> call(String method, String path, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20));
        if (method.equals("POST")) {
            request.header("Content-Type", "text/xml").POST(HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.GET();
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A plain-mode callback as WeChat signs it: signature = sha1(sort(token, timestamp, nonce)). */
    private HttpResponse<String> plain(Inbox inbox, String xml) throws Exception {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String nonce = WeChatServer.nonce();
        return call("POST", "/api/v1/channels/wechat/" + inbox.id() + "?signature="
                + WeChatServer.sha1Sorted(TOKEN, timestamp, nonce) + "&timestamp=" + timestamp + "&nonce=" + nonce
                + "&openid=o1", xml);
    }

    /** A safe-mode callback: the XML encrypted for {@code appId}, msg_signature over the Encrypt element too. */
    private HttpResponse<String> safe(Inbox inbox, String appId, String xml) throws Exception {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String nonce = WeChatServer.nonce();
        String encrypted = WeChatServer.encrypt(inbox.aesKey(), appId, xml);
        String body = "<xml><ToUserName><![CDATA[gh_0123456789ab]]></ToUserName><Encrypt><![CDATA[" + encrypted
                + "]]></Encrypt></xml>";
        return call("POST", "/api/v1/channels/wechat/" + inbox.id() + "?signature="
                + WeChatServer.sha1Sorted(TOKEN, timestamp, nonce) + "&timestamp=" + timestamp + "&nonce=" + nonce
                + "&openid=o1&encrypt_type=aes&msg_signature="
                + WeChatServer.sha1Sorted(TOKEN, timestamp, nonce, encrypted), body);
    }

    private List<JsonNode> conversations(Inbox inbox) {
        Response list = client().get("/api/v1/conversations?inbox=" + inbox.id(), inbox.tenant().adminToken());
        assertThat(list.status()).isEqualTo(200);
        return list.body().path("items").valueStream().toList();
    }

    private List<String> bodies(Inbox inbox, String conversation) {
        return client().get("/api/v1/conversations/" + conversation + "/messages?after=0", inbox.tenant().adminToken())
                .body().path("items").valueStream().map(m -> m.path("body").asString()).toList();
    }

    private String onlyConversation(Inbox inbox) {
        List<JsonNode> conversations = conversations(inbox);
        assertThat(conversations).hasSize(1);
        return conversations.getFirst().path("id").asString();
    }

    private long storedRows(Inbox inbox) {
        var jdbc = new JdbcTemplate(dataSource);
        return jdbc.queryForObject("SELECT (SELECT count(*) FROM conversation WHERE inbox_id = ?::uuid)"
                + " + (SELECT count(*) FROM channel_receipt WHERE inbox_id = ?::uuid)"
                + " + (SELECT count(*) FROM visitor_channel_contact WHERE inbox_id = ?::uuid)", Long.class,
                inbox.id(), inbox.id(), inbox.id());
    }

    private String externalIdOf(Inbox inbox, String conversation) {
        String visitor = client().get("/api/v1/conversations/" + conversation, inbox.tenant().adminToken()).body()
                .path("visitorId").asString();
        return new JdbcTemplate(dataSource).queryForObject(
                "SELECT external_id FROM visitor_channel_contact WHERE inbox_id = ?::uuid AND visitor_id = ?::uuid",
                String.class, inbox.id(), visitor);
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
                .findFirst().orElseGet(() -> tools.jackson.databind.node.MissingNode.getInstance());
    }

    private String awaitState(Inbox inbox, String conversation, String message, String state) {
        await().atMost(Duration.ofSeconds(30)).until(() -> delivery(inbox, conversation, message).path("state")
                .asString().equals(state));
        return delivery(inbox, conversation, message).path("reason").asString();
    }

    @Test
    void theServerUrlIsVerifiedWithTheInboxsTokenAndNothingElse() throws Exception {
        var inbox = inbox("HUMANS_ONLY", "plain");
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String signature = WeChatServer.sha1Sorted(TOKEN, timestamp, "n1");
        String path = "/api/v1/channels/wechat/" + inbox.id() + "?timestamp=" + timestamp + "&nonce=n1&echostr=e-42";

        HttpResponse<String> verified = call("GET", path + "&signature=" + signature, "");
        assertThat(verified.statusCode()).isEqualTo(200);
        assertThat(verified.body()).isEqualTo("e-42");
        assertThat(verified.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");

        HttpResponse<String> forged = call("GET", path + "&signature="
                + WeChatServer.sha1Sorted("another-token", timestamp, "n1"), "");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("wechat.signature-invalid").doesNotContain("e-42");

        String old = Long.toString(Instant.now().minus(Duration.ofMinutes(10)).getEpochSecond());
        HttpResponse<String> stale = call("GET", "/api/v1/channels/wechat/" + inbox.id() + "?timestamp=" + old
                + "&nonce=n1&echostr=e-42&signature=" + WeChatServer.sha1Sorted(TOKEN, old, "n1"), "");
        assertThat(stale.statusCode()).isEqualTo(400);
        assertThat(stale.body()).contains("wechat.timestamp-stale");

        HttpResponse<String> unknown = call("GET", "/api/v1/channels/wechat/" + UUID.randomUUID() + "?timestamp="
                + timestamp + "&nonce=n1&echostr=e-42&signature=" + signature, "");
        assertThat(unknown.statusCode()).isEqualTo(404);
        // a web-widget inbox is no WeChat inbox, whatever is signed
        HttpResponse<String> widget = call("GET", "/api/v1/channels/wechat/" + inbox.tenant().inboxId()
                + "?timestamp=" + timestamp + "&nonce=n1&echostr=e-42&signature=" + signature, "");
        assertThat(widget.statusCode()).isEqualTo(404);
    }

    @Test
    void aMessageIsStoredOnceWithTheOpenIdAndARedeliveryStoresNothing() throws Exception {
        var inbox = inbox("HUMANS_ONLY", "plain");
        String message = text("oUser-AbC_1", "24681357913579", "你好, is my order shipped?");

        HttpResponse<String> first = plain(inbox, message);
        HttpResponse<String> redelivered = plain(inbox, message);
        HttpResponse<String> next = plain(inbox, text("oUser-AbC_1", "24681357913580", "Order 1001"));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).isEqualTo("success");
        assertThat(redelivered.statusCode()).isEqualTo(200);
        assertThat(redelivered.body()).isEqualTo("success");
        assertThat(next.statusCode()).isEqualTo(200);
        String conversation = onlyConversation(inbox);
        assertThat(bodies(inbox, conversation)).containsExactly("你好, is my order shipped?", "Order 1001");
        assertThat(externalIdOf(inbox, conversation)).isEqualTo("oUser-AbC_1");
        assertThat(conversations(inbox).getFirst().path("channel").asString()).isEqualTo("WECHAT");
    }

    @Test
    void eightSimultaneousRedeliveriesOfOneMsgIdStoreItOnce() throws Exception {
        var inbox = inbox("HUMANS_ONLY", "plain");
        String message = text("oUser-Burst", "31415926535", "Once only");
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            List<java.util.concurrent.Future<HttpResponse<String>>> arrivals = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                arrivals.add(pool.submit(() -> plain(inbox, message)));
            }
            for (var arrival : arrivals) {
                // a redelivery while the first is still being stored is answered 409, and WeChat sends it again
                assertThat(arrival.get().statusCode()).isIn(200, 409);
            }
        }
        assertThat(bodies(inbox, onlyConversation(inbox))).containsExactly("Once only");
    }

    @Test
    void imagesAndVoiceBecomeLinesAndEventsAreAcknowledgedWithoutAConversation() throws Exception {
        var inbox = inbox("HUMANS_ONLY", "plain");
        assertThat(plain(inbox, xml("oFollower", "event", "<Event><![CDATA[subscribe]]></Event>")).body())
                .isEqualTo("success");
        assertThat(conversations(inbox)).isEmpty();

        plain(inbox, xml("oFollower", "image", "<PicUrl><![CDATA[http://mmbiz.qpic.cn/pic.jpg]]></PicUrl>"
                + "<MediaId><![CDATA[media-1]]></MediaId><MsgId>101</MsgId>"));
        plain(inbox, xml("oFollower", "voice", "<MediaId><![CDATA[media-2]]></MediaId><Format>amr</Format>"
                + "<Recognition><![CDATA[where is my parcel]]></Recognition><MsgId>102</MsgId>"));
        plain(inbox, xml("oFollower", "voice", "<MediaId><![CDATA[media-3]]></MediaId><Format>amr</Format>"
                + "<MsgId>103</MsgId>"));
        assertThat(plain(inbox, xml("oFollower", "event", "<Event><![CDATA[unsubscribe]]></Event>")).body())
                .isEqualTo("success");

        assertThat(bodies(inbox, onlyConversation(inbox)))
                .containsExactly("[Image] http://mmbiz.qpic.cn/pic.jpg", "where is my parcel", "[Voice] media-3");
    }

    @Test
    void forgedUnsignedAndMalformedCallbacksAreRefusedAndStoreNothing() throws Exception {
        var inbox = inbox("HUMANS_ONLY", "plain");
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String message = text("oMallory", "555", "Forged");

        HttpResponse<String> forged = call("POST", "/api/v1/channels/wechat/" + inbox.id() + "?signature="
                + WeChatServer.sha1Sorted("guessed-token", timestamp, "n") + "&timestamp=" + timestamp + "&nonce=n",
                message);
        HttpResponse<String> unsigned = call("POST", "/api/v1/channels/wechat/" + inbox.id() + "?timestamp="
                + timestamp + "&nonce=n", message);
        HttpResponse<String> malformed = plain(inbox, "<xml><MsgType>text</MsgType><Content>unclosed");
        HttpResponse<String> entity = plain(inbox, "<!DOCTYPE xml [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + text("oMallory", "556", "&e;"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("wechat.signature-invalid");
        assertThat(unsigned.statusCode()).isEqualTo(400);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("wechat.malformed-xml");
        assertThat(entity.statusCode()).isEqualTo(400);
        assertThat(storedRows(inbox)).isZero();
    }

    @Test
    void safeModeDecryptsWeChatsMessagesAndRefusesAnotherAppsAndPlainOnes() throws Exception {
        var inbox = inbox("HUMANS_ONLY", "safe");

        HttpResponse<String> otherApp = safe(inbox, "wx0000000000000000", text("oUser-S", "9001", "Not for you"));
        HttpResponse<String> notEncrypted = plain(inbox, text("oUser-S", "9002", "In the clear"));
        assertThat(otherApp.statusCode()).isEqualTo(403);
        assertThat(otherApp.body()).contains("wechat.app-mismatch");
        assertThat(notEncrypted.statusCode()).isEqualTo(403);
        assertThat(storedRows(inbox)).isZero();

        HttpResponse<String> stored = safe(inbox, APP_ID, text("oUser-S", "9003", "加密的消息"));
        HttpResponse<String> again = safe(inbox, APP_ID, text("oUser-S", "9003", "加密的消息"));
        assertThat(stored.statusCode()).isEqualTo(200);
        assertThat(stored.body()).isEqualTo("success");
        assertThat(again.body()).isEqualTo("success");
        String conversation = onlyConversation(inbox);
        assertThat(bodies(inbox, conversation)).containsExactly("加密的消息");
        assertThat(externalIdOf(inbox, conversation)).isEqualTo("oUser-S");
    }

    /** Compatible mode: the clear fields and their encrypted copy in one body; the encrypted copy is what counts. */
    private HttpResponse<String> compatible(Inbox inbox, String clearXml, String encryptedXml, boolean forgeMsgSignature)
            throws Exception {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String nonce = WeChatServer.nonce();
        String encrypted = WeChatServer.encrypt(inbox.aesKey(), APP_ID, encryptedXml);
        String body = clearXml.replace("</xml>", "<Encrypt><![CDATA[" + encrypted + "]]></Encrypt></xml>");
        String msgSignature = WeChatServer.sha1Sorted(TOKEN, timestamp, nonce,
                forgeMsgSignature ? encrypted + "x" : encrypted);
        return call("POST", "/api/v1/channels/wechat/" + inbox.id() + "?signature="
                + WeChatServer.sha1Sorted(TOKEN, timestamp, nonce) + "&timestamp=" + timestamp + "&nonce=" + nonce
                + "&openid=o1&encrypt_type=aes&msg_signature=" + msgSignature, body);
    }

    @Test
    void compatibleModeChecksAndDecryptsTheEncryptedCopy() throws Exception {
        var inbox = inbox("HUMANS_ONLY", "compatible");

        HttpResponse<String> forged = compatible(inbox, text("oUser-C", "6001", "clear"),
                text("oUser-C", "6001", "encrypted"), true);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(storedRows(inbox)).isZero();

        HttpResponse<String> stored = compatible(inbox, text("oUser-C", "6002", "the clear copy"),
                text("oUser-C", "6002", "the encrypted copy"), false);
        assertThat(stored.statusCode()).isEqualTo(200);
        assertThat(stored.body()).isEqualTo("success");
        // and a message in the clear still passes in compatible mode
        assertThat(plain(inbox, text("oUser-C", "6003", "clear only")).statusCode()).isEqualTo(200);
        assertThat(bodies(inbox, onlyConversation(inbox))).containsExactly("the encrypted copy", "clear only");
    }

    @Test
    void aWrongAppSecretFailsTheReplyWithWeChatsAnswerAndAsksForNoSend() throws Exception {
        var inbox = inbox("HUMANS_ONLY", "plain");
        Response changed = client().put("/api/v1/inboxes/" + inbox.id() + "/channel-settings",
                inbox.tenant().adminToken(), Map.of("values", Map.of("appSecret", "not-the-secret")));
        assertThat(changed.status()).isEqualTo(200);
        plain(inbox, text("oUser-X", "6101", "Hi"));
        String conversation = onlyConversation(inbox);

        String message = reply(inbox, conversation, "Hello");
        String reason = awaitState(inbox, conversation, message, "FAILED");

        assertThat(reason).contains("40125").contains("invalid appsecret");
        assertThat(wechat.tokenRequests()).as("no token issued").isZero();
        assertThat(wechat.sent()).isEmpty();
    }

    @Test
    void agentsRepliesGoOutWithOneCachedTokenWhichIsRenewedWhenWeChatSaysItExpired() throws Exception {
        var inbox = inbox("HUMANS_ONLY", "plain");
        plain(inbox, text("oUser-R", "7001", "Hello?"));
        String conversation = onlyConversation(inbox);

        String first = reply(inbox, conversation, "Hi, how can I help?");
        awaitState(inbox, conversation, first, "SENT");
        String second = reply(inbox, conversation, "Your order ships today.");
        awaitState(inbox, conversation, second, "SENT");
        assertThat(wechat.tokenRequests()).as("one token for both").isEqualTo(1);
        assertThat(wechat.sent()).extracting(s -> s.body().path("touser").asString())
                .containsExactly("oUser-R", "oUser-R");
        assertThat(wechat.sent()).extracting(s -> s.body().path("text").path("content").asString())
                .containsExactly("Hi, how can I help?", "Your order ships today.");

        wechat.expireTokens();
        String third = reply(inbox, conversation, "Anything else?");
        awaitState(inbox, conversation, third, "SENT");
        assertThat(wechat.tokenRequests()).as("renewed once after 42001").isEqualTo(2);
        assertThat(wechat.refusedTokens()).hasSize(1);
        assertThat(wechat.sent()).hasSize(3);
        assertThat(wechat.sent().get(2).accessToken()).isNotEqualTo(wechat.sent().get(0).accessToken());
    }

    @Test
    void aReplyOutsideTheFortyEightHourWindowFailsForGoodWithWeChatsReason() throws Exception {
        var inbox = inbox("HUMANS_ONLY", "plain");
        plain(inbox, text("oUser-W", "8001", "Hi"));
        String conversation = onlyConversation(inbox);
        wechat.script("45015");

        String message = reply(inbox, conversation, "Sorry for the wait!");
        String reason = awaitState(inbox, conversation, message, "FAILED");

        assertThat(reason).isEqualTo("WeChat allows replies only within 48 hours of the user's last message (45015)");
        assertThat(delivery(inbox, conversation, message).path("attempts").asInt()).as("not retried").isEqualTo(1);
        assertThat(wechat.sent()).isEmpty();
    }

    @Test
    void aRateLimitIsRetriedAndThenSent() throws Exception {
        var inbox = inbox("HUMANS_ONLY", "plain");
        plain(inbox, text("oUser-L", "8101", "Hi"));
        String conversation = onlyConversation(inbox);
        wechat.script("45047");

        String message = reply(inbox, conversation, "Here we go");
        awaitState(inbox, conversation, message, "SENT");

        assertThat(delivery(inbox, conversation, message).path("attempts").asInt()).isEqualTo(2);
        assertThat(wechat.sent()).extracting(s -> s.body().path("text").path("content").asString())
                .containsExactly("Here we go");
    }

    @Test
    void theBotsAnswerGoesOutToWeChatToo() throws Exception {
        var inbox = inbox("KNOWLEDGE", "plain");
        client().post("/api/v1/knowledge/entries", inbox.tenant().adminToken(),
                Map.of("question", "What are your opening hours?", "answer", "Nine to five, Monday to Friday."));

        plain(inbox, text("oUser-B", "9901", "What are your opening hours?"));

        await().atMost(Duration.ofSeconds(30)).until(() -> !wechat.sent().isEmpty());
        assertThat(wechat.sent().getFirst().body().path("touser").asString()).isEqualTo("oUser-B");
        assertThat(wechat.sent().getFirst().body().path("text").path("content").asString()).contains("Nine to five");
    }

}
