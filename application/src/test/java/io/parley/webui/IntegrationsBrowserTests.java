package io.parley.webui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.parley.testing.ParleyClient.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An admin connects the company's own app under Integrations: an API inbox (and how its bot answers), a key whose
 * secret is shown once and works against the API channel until it is rotated or revoked, its last use written as the
 * chosen language writes dates; every conversation carries a badge naming the channel it came through.
 */
class IntegrationsBrowserTests extends BrowserTest {

    /** "Dec 7, 2026, 11:48 PM" (the space before PM may be a narrow one). */
    private static final Pattern ENGLISH_DATE_TIME =
            Pattern.compile("^[A-Z][a-z]{2} \\d{1,2}, \\d{4}, \\d{1,2}:\\d{2}[\\s\\u202f][AP]M$");
    /** "2026年12月7日 23:48". */
    private static final Pattern CHINESE_DATE_TIME = Pattern.compile("^\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}$");

    private Response channelInbox(String secret) {
        return client().get("/api/v1/channel/inbox", secret);
    }

    private JsonNode apiKey(String inbox, String name) {
        String id = client().post("/api/v1/inboxes", tenant.adminToken(), Map.of("name", inbox, "channel", "API"))
                .body().path("id").asString();
        Response issued = client().post("/api/v1/inboxes/" + id + "/api-keys", tenant.adminToken(), Map.of("name", name));
        assertThat(issued.status()).isEqualTo(201);
        return issued.body();
    }

    private Locator openIntegrations(ConsolePage console) {
        console.page.locator("header .integrations").click();
        return console.page.locator("parley-api-inboxes");
    }

    @Test
    void anAdminCreatesAnApiInboxAndAKeyThatWorksUntilItIsRotatedAndRevoked() {
        agentContext.grantPermissions(List.of("clipboard-read", "clipboard-write"),
                new BrowserContext.GrantPermissionsOptions().setOrigin(parley()));
        ConsolePage console = agent();
        assertThat(console.page.locator("header .integrations")).hasText("Integrations");
        Locator apiInboxes = openIntegrations(console);
        assertThat(console.page.locator("parley-integrations h1")).hasText("Integrations");
        assertThat(apiInboxes.locator("h2")).hasText("API inboxes");
        assertThat(console.page.locator("parley-webhooks h2")).hasText("Webhooks");

        String inboxName = "<img src=x onerror=alert(1)> Shop app";
        apiInboxes.locator("input[name=inboxName]").fill(inboxName);
        apiInboxes.locator("form.new-inbox button[type=submit]").click();
        assertThat(apiInboxes.locator(".api-notice")).hasText("API inbox added.");
        Locator inbox = apiInboxes.locator("section.inbox");
        assertThat(inbox).hasCount(1);
        assertThat(inbox.locator("h3")).hasText(inboxName);
        assertThat(inbox.locator("img")).hasCount(0);
        assertThat(inbox.locator(".empty")).hasText("No keys yet.");
        Locator answers = inbox.locator("parley-inbox-settings");
        assertThat(answers.locator("select[name=answerMode]")).hasValue("HUMANS_ONLY");
        answers.locator("select[name=answerMode]").selectOption("KNOWLEDGE");
        answers.locator("button[type=submit]").click();
        assertThat(answers.locator(".is-notice")).hasText("Saved.");
        assertThat(client().get("/api/v1/inboxes/" + inbox.getAttribute("data-inbox"), tenant.adminToken()).body()
                .path("answerMode").asString()).isEqualTo("KNOWLEDGE");

        inbox.locator("input[name=keyName]").fill("<b>Order</b> backend");
        inbox.locator("form.new-key button[type=submit]").click();
        assertThat(apiInboxes.locator(".api-notice")).hasText("Key created.");
        Locator secretPanel = inbox.locator(".secret");
        assertThat(secretPanel).containsText("you will not see it again");
        assertThat(secretPanel.locator("code")).hasText(Pattern.compile("^pk_[A-Za-z0-9_-]{43}$"));
        String secret = secretPanel.locator("code").textContent().strip();
        secretPanel.locator("button.copy").click();
        assertThat(apiInboxes.locator(".api-notice")).hasText("Copied.");
        assertThat(console.page.evaluate("navigator.clipboard.readText()")).isEqualTo(secret);

        Locator key = inbox.locator("tr[data-key]");
        assertThat(key).hasCount(1);
        assertThat(key.locator(".name")).hasText("<b>Order</b> backend");
        assertThat(key.locator("b")).hasCount(0);
        assertThat(key.locator(".prefix")).hasText(secret.substring(0, 11) + "…");
        assertThat(key.locator(".created")).hasText(ENGLISH_DATE_TIME);
        assertThat(key.locator(".last-used")).hasText("Never");
        assertThat(key.locator(".state")).hasText("Active");
        secretPanel.locator("button.hide").click();
        assertThat(inbox.locator(".secret")).hasCount(0);
        assertThat(inbox).not().containsText(secret);

        Response used = channelInbox(secret);
        assertThat(used.status()).isEqualTo(200);
        assertThat(used.body().path("name").asString()).isEqualTo(inboxName);
        console.page.reload();
        assertThat(console.page.locator("nav .view").first()).isVisible();
        apiInboxes = openIntegrations(console);
        inbox = apiInboxes.locator("section.inbox");
        key = inbox.locator("tr[data-key]");
        assertThat(key.locator(".last-used")).hasText(ENGLISH_DATE_TIME);
        assertThat(inbox).not().containsText(secret);
        assertThat(inbox.locator(".secret")).hasCount(0);

        key.locator("button.rotate").click();
        assertThat(apiInboxes.locator(".api-notice")).hasText("New secret made; the previous one no longer works.");
        assertThat(inbox.locator(".secret")).containsText("you will not see it again");
        String rotated = inbox.locator(".secret code").textContent().strip();
        assertThat(rotated).startsWith("pk_").isNotEqualTo(secret);
        assertThat(key.locator(".rotated")).hasText(ENGLISH_DATE_TIME);
        assertThat(channelInbox(secret).status()).isEqualTo(401);
        assertThat(channelInbox(secret).code()).isEqualTo("channel.api-key-invalid");
        assertThat(channelInbox(rotated).status()).isEqualTo(200);
        console.page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("console-integrations.png")));

        key.locator("button.revoke").click();
        assertThat(key.locator(".confirm")).hasText("Revoke for good? Calls with this key are refused at once.");
        key.locator("button.cancel").click();
        assertThat(key.locator(".state")).hasText("Active");
        assertThat(channelInbox(rotated).status()).isEqualTo(200);
        key.locator("button.revoke").click();
        key.locator("button.confirm-revoke").click();
        assertThat(apiInboxes.locator(".api-notice")).hasText("Key revoked.");
        assertThat(key.locator(".state")).hasText(Pattern.compile("^Revoked " + ENGLISH_DATE_TIME.pattern().substring(1)));
        assertThat(key.locator("button.rotate")).hasCount(0);
        assertThat(inbox.locator(".secret")).hasCount(0);
        assertThat(channelInbox(rotated).status()).isEqualTo(401);
        assertThat(channelInbox(rotated).code()).isEqualTo("channel.api-key-invalid");
        assertThat(dialogs).isEmpty();
    }

    @Test
    void inChineseTheIntegrationsPageSpeaksChineseAndWritesChineseDates() {
        JsonNode issued = apiKey("商城应用", "订单后台");
        assertThat(channelInbox(issued.path("secret").asString()).status()).isEqualTo(200);
        BrowserContext chinese = context("zh-CN");
        try {
            ConsolePage console = new ConsolePage(chinese, parley());
            console.page.locator(".login select.lang").selectOption("zh-CN");
            console.signIn(tenant.adminEmail(), ADMIN_PASSWORD);
            assertThat(console.page.locator("header .integrations")).hasText("集成");
            Locator apiInboxes = openIntegrations(console);
            assertThat(console.page.locator("parley-integrations h1")).hasText("集成");
            assertThat(apiInboxes.locator("h2")).hasText("API 收件箱");
            assertThat(console.page.locator("parley-webhooks h2")).hasText("Webhook");
            Locator inbox = apiInboxes.locator("section.inbox");
            assertThat(inbox.locator("h3")).hasText("商城应用");
            assertThat(inbox.locator("th")).containsText(new String[] {"密钥名称", "开头", "创建时间", "最近使用",
                    "轮换时间", "状态"});
            Locator key = inbox.locator("tr[data-key]");
            assertThat(key.locator(".name")).hasText("订单后台");
            assertThat(key.locator(".created")).hasText(CHINESE_DATE_TIME);
            assertThat(key.locator(".last-used")).hasText(CHINESE_DATE_TIME);
            assertThat(key.locator(".state")).hasText("有效");

            inbox.locator("input[name=keyName]").fill("   ");
            inbox.locator("form.new-key button[type=submit]").click();
            assertThat(apiInboxes.locator(".api-notice")).hasText("请为密钥填写 1 到 80 个字符的名称。");
            inbox.locator("input[name=keyName]").fill("移动端");
            inbox.locator("form.new-key button[type=submit]").click();
            assertThat(apiInboxes.locator(".api-notice")).hasText("已创建密钥。");
            assertThat(inbox.locator(".secret")).containsText("之后将无法再次查看");
            assertThat(inbox.locator("tr[data-key]")).hasCount(2);
            assertThat(inbox.locator("tr[data-key]").nth(1).locator(".last-used")).hasText("从未使用");
            inbox.locator("tr[data-key]").nth(1).locator("button.revoke").click();
            assertThat(inbox.locator(".confirm")).hasText("确定永久吊销？使用此密钥的调用会立即被拒绝。");
            console.page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("console-integrations-zh.png")));
        } finally {
            chinese.close();
        }
    }

    @Test
    void everyConversationShowsTheChannelItCameThrough() {
        String secret = apiKey("Shop app", "Backend").path("secret").asString();
        assertThat(client().put("/api/v1/channel/contacts/user-42", secret, Map.of("displayName", "Ada")).status())
                .isEqualTo(201);
        Response started = client().post("/api/v1/channel/contacts/user-42/conversations", secret, Map.of());
        assertThat(started.status()).isEqualTo(201);
        assertThat(started.body().path("channel").asString()).isEqualTo("API");
        String viaApi = started.body().path("id").asString();
        assertThat(client().post("/api/v1/channel/contacts/user-42/conversations/" + viaApi + "/messages", secret,
                Map.of("idempotencyKey", "m-1", "body", "Where is my order?")).status()).isEqualTo(201);
        String viaWidget = visit("Ana", "Hello from the shop").conversationId();

        ConsolePage console = agent();
        console.view("open");
        Locator apiItem = console.page.locator(".list .conversation[data-id='" + viaApi + "']");
        Locator widgetItem = console.page.locator(".list .conversation[data-id='" + viaWidget + "']");
        assertThat(apiItem.locator(".channel")).hasText("API");
        assertThat(apiItem.locator(".channel")).hasAttribute("data-channel", "API");
        assertThat(widgetItem.locator(".channel")).hasText("Web");
        assertThat(console.openConversation(viaApi).locator("header .channel")).hasText("API");
        assertThat(console.openConversation(viaWidget).locator("header .channel")).hasText("Web");

        console.page.locator("select.lang").first().selectOption("zh-CN");
        assertThat(widgetItem.locator(".channel")).hasText("网页");
        assertThat(console.pane(viaWidget).locator("header .channel")).hasText("网页");
        assertThat(apiItem.locator(".channel")).hasText("API");
    }
}
