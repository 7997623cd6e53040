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
 * A WeChat Mini Program inbox end to end: the message push URL's verification, customer-service messages pushed as
 * JSON or XML, in plain or safe mode (signed and encrypted here as WeChat does), into conversations, and agents'
 * replies out to a fake of WeChat's API that issues access tokens and checks them.
 */
@TestPropertySource(properties = {"parley.outbound.allowed-hosts=127.0.0.1",
        "parley.channels.delivery.retry-schedule=0s,200ms", "parley.channels.delivery.poll-interval=100ms"})
@DirtiesContext // no other test's deliveries are sent by this context once its tests are done
class WeChatMiniProgramChannelIntegrationTests extends ParleyIntegrationTest {

    private static final String APP_ID = "wxmini1234567890ab";
    private static final String SECRET = "mini-secret-0123456789";
    private static final String TOKEN = "miniToken42";
    private static final String PATH = "/api/v1/channels/wechat-mini-program/";

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

    private Inbox inbox() {
        Tenant tenant = newTenant();
        Response created = client().post("/api/v1/inboxes", tenant.adminToken(),
                Map.of("name", "Mini program", "channel", "WECHAT_MINI_PROGRAM", "answerMode", "HUMANS_ONLY"));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String id = created.body().path("id").asString();
        String aesKey = WeChatServer.randomAesKey();
        Response set = client().put("/api/v1/inboxes/" + id + "/channel-settings", tenant.adminToken(),
                Map.of("values", Map.of("appId", APP_ID, "appSecret", SECRET, "token", TOKEN,
                        "encodingAesKey", aesKey, "messageFormat", "json", "apiBase", wechat.url())));
        assertThat(set.status()).as(set.body().toString()).isEqualTo(200);
        return new Inbox(tenant, id, aesKey);
    }

    private static String json(String openId, String msgId, String content) {
        return "{\"ToUserName\":\"gh_mini\",\"FromUserName\":\"" + openId + "\",\"CreateTime\":"
                + Instant.now().getEpochSecond() + ",\"MsgType\":\"text\",\"Content\":\"" + content
                + "\",\"MsgId\":" + msgId + "}";
    }

    private HttpResponse<String> call(String method, String path, String contentType, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20));
        if (method.equals("POST")) {
            request.header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.GET();
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> plain(Inbox inbox, String contentType, String body) throws Exception {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String nonce = WeChatServer.nonce();
        return call("POST", PATH + inbox.id() + "?signature=" + WeChatServer.sha1Sorted(TOKEN, timestamp, nonce)
                + "&timestamp=" + timestamp + "&nonce=" + nonce, contentType, body);
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
        return new JdbcTemplate(dataSource).queryForObject(
                "SELECT (SELECT count(*) FROM conversation WHERE inbox_id = ?::uuid)"
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
    void thePushUrlIsVerifiedWithTheInboxsToken() throws Exception {
        var inbox = inbox();
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String path = PATH + inbox.id() + "?timestamp=" + timestamp + "&nonce=n1&echostr=mini-7";

        HttpResponse<String> verified = call("GET", path + "&signature="
                + WeChatServer.sha1Sorted(TOKEN, timestamp, "n1"), "", "");
        assertThat(verified.statusCode()).isEqualTo(200);
        assertThat(verified.body()).isEqualTo("mini-7");

        HttpResponse<String> forged = call("GET", path + "&signature="
                + WeChatServer.sha1Sorted("another-token", timestamp, "n1"), "", "");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("wechat.signature-invalid").doesNotContain("mini-7");
    }

    @Test
    void jsonAndXmlMessagesAreStoredOnceUnderTheOpenId() throws Exception {
        var inbox = inbox();
        String message = json("oMini-User_1", "23456789012", "小程序里的问题");

        assertThat(plain(inbox, "application/json", message).body()).isEqualTo("success");
        assertThat(plain(inbox, "application/json", message).body()).isEqualTo("success");
        assertThat(plain(inbox, "application/json", "{\"ToUserName\":\"gh_mini\",\"FromUserName\":\"oMini-User_1\","
                + "\"CreateTime\":1700000000,\"MsgType\":\"event\",\"Event\":\"user_enter_tempsession\","
                + "\"SessionFrom\":\"page\"}").body()).isEqualTo("success");
        assertThat(plain(inbox, "text/xml", "<xml><ToUserName><![CDATA[gh_mini]]></ToUserName><FromUserName>"
                + "<![CDATA[oMini-User_1]]></FromUserName><CreateTime>1700000001</CreateTime><MsgType><![CDATA[image]]>"
                + "</MsgType><PicUrl><![CDATA[http://mmbiz.qpic.cn/mini.jpg]]></PicUrl><MediaId><![CDATA[m1]]>"
                + "</MediaId><MsgId>23456789013</MsgId></xml>").statusCode()).isEqualTo(200);
        assertThat(plain(inbox, "application/json", "{\"ToUserName\":\"gh_mini\",\"FromUserName\":\"oMini-User_1\","
                + "\"CreateTime\":1700000002,\"MsgType\":\"miniprogrampage\",\"MsgId\":23456789014,"
                + "\"Title\":\"Order 1001\",\"AppId\":\"wxmini\",\"PagePath\":\"pages/order?id=1001\","
                + "\"ThumbUrl\":\"\",\"ThumbMediaId\":\"t1\"}").statusCode()).isEqualTo(200);

        String conversation = onlyConversation(inbox);
        assertThat(bodies(inbox, conversation)).containsExactly("小程序里的问题",
                "[Image] http://mmbiz.qpic.cn/mini.jpg", "[Mini program page] Order 1001 pages/order?id=1001");
        assertThat(externalIdOf(inbox, conversation)).isEqualTo("oMini-User_1");
        assertThat(conversations(inbox).getFirst().path("channel").asString()).isEqualTo("WECHAT_MINI_PROGRAM");
    }

    @Test
    void anEncryptedJsonMessageIsDecryptedAndAForgedOneStoresNothing() throws Exception {
        var inbox = inbox();
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String nonce = WeChatServer.nonce();
        String encrypted = WeChatServer.encrypt(inbox.aesKey(), APP_ID, json("oMini-S", "3456", "加密的消息"));
        String body = "{\"ToUserName\":\"gh_mini\",\"Encrypt\":\"" + encrypted + "\"}";
        String query = "?signature=" + WeChatServer.sha1Sorted(TOKEN, timestamp, nonce) + "&timestamp=" + timestamp
                + "&nonce=" + nonce + "&encrypt_type=aes&msg_signature=";

        HttpResponse<String> forgedMsg = call("POST", PATH + inbox.id() + query
                + WeChatServer.sha1Sorted(TOKEN, timestamp, nonce, encrypted + "x"), "application/json", body);
        HttpResponse<String> forged = call("POST", PATH + inbox.id() + "?signature="
                + WeChatServer.sha1Sorted("guessed", timestamp, nonce) + "&timestamp=" + timestamp + "&nonce="
                + nonce, "application/json", json("oMallory", "1", "forged"));
        HttpResponse<String> malformed = plain(inbox, "application/json", "{\"MsgType\":");
        assertThat(forgedMsg.statusCode()).isEqualTo(403);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("wechat.signature-invalid");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(storedRows(inbox)).isZero();

        HttpResponse<String> stored = call("POST", PATH + inbox.id() + query
                + WeChatServer.sha1Sorted(TOKEN, timestamp, nonce, encrypted), "application/json", body);
        assertThat(stored.statusCode()).isEqualTo(200);
        assertThat(stored.body()).isEqualTo("success");
        String conversation = onlyConversation(inbox);
        assertThat(bodies(inbox, conversation)).containsExactly("加密的消息");
        assertThat(externalIdOf(inbox, conversation)).isEqualTo("oMini-S");
    }

    @Test
    void anAgentsReplyGoesOutWithAValidTokenAndOutsideTheWindowFailsForGood() throws Exception {
        var inbox = inbox();
        plain(inbox, "application/json", json("oMini-R", "4001", "Hello?"));
        String conversation = onlyConversation(inbox);

        String first = reply(inbox, conversation, "Hi, how can I help?");
        awaitState(inbox, conversation, first, "SENT");
        assertThat(wechat.tokenRequests()).isEqualTo(1);
        assertThat(wechat.sent()).extracting(s -> s.body().path("touser").asString()).containsExactly("oMini-R");
        assertThat(wechat.sent()).extracting(s -> s.body().path("text").path("content").asString())
                .containsExactly("Hi, how can I help?");

        wechat.script("45015");
        String late = reply(inbox, conversation, "Sorry for the wait!");
        String reason = awaitState(inbox, conversation, late, "FAILED");
        assertThat(reason).isEqualTo("WeChat allows replies only within 48 hours of the user's last message (45015)");
        assertThat(delivery(inbox, conversation, late).path("attempts").asInt()).as("not retried").isEqualTo(1);
        assertThat(wechat.sent()).hasSize(1);
    }
}
