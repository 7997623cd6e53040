package io.parley.webui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.parley.testing.ParleyClient.Response;
import io.parley.webhook.Receiver;
import io.parley.webhook.Receiver.Answer;
import io.parley.webhook.StandardWebhooks;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * An admin sets an API inbox's callback URL under Integrations (its signing secret shown once, a new one on request,
 * removed after confirming, an internal address refused with the reason); in a conversation of that inbox each reply
 * carries how it went out (sent, retrying and when next, failed with the receiver's answer as plain text) and a failed
 * one is retried from the console. A web-widget conversation never asks. The second attempt waits a minute so that
 * "retrying" stays on screen long enough to be read.
 */
@TestPropertySource(properties = {"parley.outbound.allowed-hosts=127.0.0.1",
        "parley.channels.delivery.retry-schedule=0s,1m", "parley.channels.delivery.poll-interval=100ms"})
@DirtiesContext // no other test's replies are sent by this context once its tests are done
class ChannelDeliveryBrowserTests extends BrowserTest {

    /** "Dec 7, 2026, 11:48 PM" (the space before PM may be a narrow one). */
    private static final Pattern ENGLISH_DATE_TIME =
            Pattern.compile("^[A-Z][a-z]{2} \\d{1,2}, \\d{4}, \\d{1,2}:\\d{2}[\\s\\u202f][AP]M$");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private Receiver receiver;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = new Receiver();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private record ApiInbox(String id, String key) {}

    private ApiInbox apiInbox() {
        String id = client().post("/api/v1/inboxes", tenant.adminToken(), Map.of("name", "Shop app", "channel", "API"))
                .body().path("id").asString();
        Response issued = client().post("/api/v1/inboxes/" + id + "/api-keys", tenant.adminToken(),
                Map.of("name", "Backend"));
        assertThat(issued.status()).isEqualTo(201);
        return new ApiInbox(id, issued.body().path("secret").asString());
    }

    /** A contact of the company's app writes through the API channel; the conversation's id. */
    private String contactWrites(ApiInbox inbox, String user, String text) {
        Response posted = client().post("/api/v1/channel/messages", inbox.key(), Map.of("externalId", user,
                "displayName", "Mia", "messageId", "m-" + user, "body", text));
        assertThat(posted.status()).as(posted.body().toString()).isEqualTo(201);
        return posted.body().path("conversationId").asString();
    }

    private void setCallback(ApiInbox inbox, String url) {
        Response set = client().put("/api/v1/inboxes/" + inbox.id() + "/callback", tenant.adminToken(),
                Map.of("url", url));
        assertThat(set.status()).as(set.body().toString()).isEqualTo(200);
    }

    private JsonNode delivery(String conversation, String body) {
        String message = client().get("/api/v1/conversations/" + conversation + "/messages?after=0",
                tenant.adminToken()).body().path("items").valueStream()
                .filter(m -> m.path("body").asString().equals(body)).findFirst().orElseThrow().path("id").asString();
        return client().get("/api/v1/conversations/" + conversation + "/deliveries", tenant.adminToken()).body()
                .path("items").valueStream().filter(d -> d.path("messageId").asString().equals(message))
                .findFirst().orElseThrow();
    }

    private Locator reply(ConsolePage console, String text) {
        console.reply(text);
        Locator message = console.pane().locator(".message.agent").filter(new Locator.FilterOptions().setHasText(text));
        assertThat(message).hasCount(1);
        return message;
    }

    private void toggleIntegrations(ConsolePage console) {
        console.page.locator("header .integrations").click();
    }

    @Test
    void anAdminSetsTheCallbackAndAReplyShowsSentThenFailedWithTheReasonThenSentAfterARetry() throws Exception {
        agentContext.grantPermissions(List.of("clipboard-read", "clipboard-write"),
                new BrowserContext.GrantPermissionsOptions().setOrigin(parley()));
        ApiInbox inbox = apiInbox();
        ConsolePage console = agent();
        toggleIntegrations(console);
        Locator callback = console.page.locator("parley-api-inboxes section.inbox parley-api-callback");
        assertThat(callback.locator("h4")).hasText("Callback URL");
        assertThat(callback.locator(".none")).hasText("No callback URL yet.");
        assertThat(callback.locator("button.save")).hasText("Set URL");

        String url = receiver.url("/app");
        callback.locator("input[name=url]").fill(url);
        callback.locator("button.save").click();
        assertThat(callback.locator(".cb-notice")).hasText("Callback URL saved.");
        assertThat(callback.locator(".secret")).containsText("you will not see it again");
        assertThat(callback.locator(".secret code")).hasText(Pattern.compile("^whsec_\\S+$"));
        String secret = callback.locator(".secret code").textContent().strip();
        callback.locator(".secret button.copy").click();
        assertThat(callback.locator(".cb-notice")).hasText("Copied.");
        assertThat(console.page.evaluate("navigator.clipboard.readText()")).isEqualTo(secret);
        callback.locator(".secret button.hide").click();
        assertThat(callback.locator(".secret")).hasCount(0);
        assertThat(callback).not().containsText(secret);
        assertThat(callback.locator(".updated")).hasText(ENGLISH_DATE_TIME);
        assertThat(callback.locator("button.save")).hasText("Change URL");
        JsonNode stored = client().get("/api/v1/inboxes/" + inbox.id() + "/callback", tenant.adminToken()).body();
        assertThat(stored.path("url").asString()).isEqualTo(url);

        String conversation = contactWrites(inbox, "user-1", "Where is my order?");
        toggleIntegrations(console);
        console.view("open");
        Locator pane = console.openConversation(conversation);
        Locator sent = reply(console, "On its way");
        assertThat(sent.locator(".delivery")).hasText("Sent");
        assertThat(sent.locator(".delivery")).hasAttribute("data-state", "SENT");
        assertThat(receiver.at("/app")).hasSize(1);
        Receiver.Received request = receiver.at("/app").getFirst();
        assertThat(StandardWebhooks.verifies(secret, request.header("webhook-id"), request.header("webhook-timestamp"),
                request.body(), request.header("webhook-signature"))).isTrue();

        // the app now refuses what it is sent, saying why in markup that must stay text
        toggleIntegrations(console);
        assertThat(callback.locator("button.save")).hasText("Change URL");
        callback.locator("input[name=url]").fill(receiver.url("/refusing", Answer.of(400, "<b>unknown</b> user")));
        callback.locator("button.save").click();
        assertThat(callback.locator(".cb-notice")).hasText("Callback URL saved.");
        assertThat(callback.locator(".secret")).hasCount(0);
        toggleIntegrations(console);
        Locator failed = reply(console, "Anything else?");
        assertThat(failed.locator(".delivery")).hasText("Failed: HTTP 400: <b>unknown</b> user Retry");
        assertThat(failed.locator(".delivery b")).hasCount(0);
        assertThat(sent.locator(".delivery")).hasText("Sent");
        assertThat(failed.locator("button.retry-delivery")).hasText("Retry");
        console.page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("console-delivery-failed.png")));

        receiver.url("/refusing");
        failed.locator("button.retry-delivery").click();
        assertThat(failed.locator(".delivery")).hasText("Sent");
        assertThat(failed.locator("button.retry-delivery")).hasCount(0);
        assertThat(receiver.at("/refusing")).hasSize(2);
        assertThat(pane.locator(".alerts .failure")).isEmpty();

        toggleIntegrations(console);
        callback.locator("button.rotate-secret").click();
        assertThat(callback.locator(".cb-notice")).hasText(
                "New signing secret made; replies are signed with it from now on.");
        assertThat(callback.locator(".secret code")).hasText(Pattern.compile("^whsec_\\S+$"));
        assertThat(callback.locator(".secret code").textContent().strip()).isNotEqualTo(secret);
        console.page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("console-callback.png")));

        callback.locator("button.remove").click();
        assertThat(callback.locator(".confirm")).hasText("Remove the callback URL? Replies are no longer sent to your app.");
        callback.locator("button.cancel").click();
        assertThat(callback.locator(".confirm")).hasCount(0);
        assertThat(client().get("/api/v1/inboxes/" + inbox.id() + "/callback", tenant.adminToken()).status())
                .isEqualTo(200);
        callback.locator("button.remove").click();
        callback.locator("button.confirm-remove").click();
        assertThat(callback.locator(".cb-notice")).hasText("Callback URL removed.");
        assertThat(callback.locator(".none")).hasText("No callback URL yet.");
        assertThat(callback.locator(".secret")).hasCount(0);
        assertThat(client().get("/api/v1/inboxes/" + inbox.id() + "/callback", tenant.adminToken()).code())
                .isEqualTo("channel.callback-not-set");
        assertThat(dialogs).isEmpty();
    }

    @Test
    void inChineseTheMarksAndTheirTimesAreChineseAndAnInternalAddressIsRefusedInChinese() {
        ApiInbox inbox = apiInbox();
        setCallback(inbox, receiver.url("/ok"));
        String conversation = contactWrites(inbox, "user-2", "订单到哪儿了？");
        BrowserContext chinese = chromium.browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setTimezoneId("Asia/Shanghai").setViewportSize(1280, 800));
        chinese.onPage(page -> page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        }));
        try {
            ConsolePage console = new ConsolePage(chinese, parley());
            console.page.locator(".login select.lang").selectOption("zh-CN");
            console.signIn(tenant.adminEmail(), ADMIN_PASSWORD);
            console.view("open");
            console.openConversation(conversation);
            assertThat(reply(console, "已经发货").locator(".delivery")).hasText("已发送");

            setCallback(inbox, receiver.url("/busy", Answer.of(503)));
            Locator retrying = reply(console, "请稍候").locator(".delivery");
            assertThat(retrying).hasAttribute("data-state", "RETRYING");
            JsonNode delivery = delivery(conversation, "请稍候");
            assertThat(delivery.path("state").asString()).isEqualTo("RETRYING");
            String next = DateTimeFormatter.ofPattern("HH:mm").format(
                    Instant.parse(delivery.path("nextAttemptAt").asString()).atZone(SHANGHAI));
            assertThat(retrying).hasText("重试中（已尝试 1 次，下次 " + next + "）");

            String refused = receiver.url("/refused", Answer.of(400));
            setCallback(inbox, refused);
            Locator failed = reply(console, "还有别的问题吗？");
            assertThat(failed.locator(".delivery")).hasText("发送失败：HTTP 400: answered 400 重试");
            assertThat(failed.locator("button.retry-delivery")).hasText("重试");
            console.page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("console-delivery-zh.png")));

            toggleIntegrations(console);
            Locator callback = console.page.locator("parley-api-inboxes section.inbox parley-api-callback");
            assertThat(callback.locator("h4")).hasText("回调地址");
            assertThat(callback.locator("button.save")).hasText("修改地址");
            callback.locator("input[name=url]").fill("http://10.0.0.1/x");
            callback.locator("button.save").click();
            assertThat(callback.locator(".cb-error")).hasText(Pattern.compile("^这是内部地址"));
            assertThat(callback.locator(".secret")).hasCount(0);
            assertThat(client().get("/api/v1/inboxes/" + inbox.id() + "/callback", tenant.adminToken()).body()
                    .path("url").asString()).isEqualTo(refused);
            assertThat(dialogs).isEmpty();
        } finally {
            chinese.close();
        }
    }

    @Test
    void aWebWidgetConversationNeverAsksForDeliveries() {
        ApiInbox inbox = apiInbox();
        String viaApi = contactWrites(inbox, "user-3", "Hello from the app");
        String viaWidget = visit("Ana", "Hello from the shop").conversationId();
        ConsolePage console = agent();
        List<String> asked = new CopyOnWriteArrayList<>();
        console.page.onRequest(request -> {
            if (request.url().contains("/deliveries")) {
                asked.add(request.url());
            }
        });
        console.view("open");

        console.openConversation(viaWidget);
        reply(console, "Hi Ana");
        console.openConversation(viaApi);
        reply(console, "Hi Mia");

        // the API conversation was asked about when opened and after the reply; by then the widget's would have been
        console.page.waitForCondition(() -> asked.stream().filter(u -> u.contains(viaApi)).count() >= 2);
        assertThat(asked).noneMatch(u -> u.contains(viaWidget));
        assertThat(console.pane(viaWidget).locator(".delivery")).hasCount(0);
    }
}
