package io.parley.webui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import io.parley.channel.ChannelSettingsAdministration;
import io.parley.channel.ChannelType;
import io.parley.shared.InboxId;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * An admin connects a messaging platform under Integrations: an inbox of the platform, the callback URL to enter in
 * the platform's console, and the app's settings, whose secrets are sent once and never shown back.
 */
class PlatformInboxesBrowserTests extends BrowserTest {

    @Autowired
    ChannelSettingsAdministration settings;

    private Locator openPlatforms(ConsolePage console) {
        console.page.locator("header .integrations").click();
        return console.page.locator("parley-platform-inboxes");
    }

    @Test
    void anAdminAddsAFeishuInboxAndEntersItsSettingsWhoseSecretsAreNeverShownBack() {
        ConsolePage console = agent();
        Locator platforms = openPlatforms(console);
        assertThat(platforms.locator("h2")).hasText("Messaging platforms");
        assertThat(platforms.locator(".empty")).hasText("No messaging-platform inbox yet.");

        platforms.locator("input[name=inboxName]").fill("<i>Support</i> bot");
        platforms.locator("form.new-inbox select[name=channel]").selectOption("FEISHU");
        platforms.locator("form.new-inbox button[type=submit]").click();
        assertThat(platforms.locator(".platform-notice")).hasText("Inbox added.");
        Locator inbox = platforms.locator("section.inbox");
        assertThat(inbox).hasCount(1);
        assertThat(inbox.locator("h3")).containsText("<i>Support</i> bot");
        assertThat(inbox.locator("h3 i")).hasCount(0);
        assertThat(inbox.locator(".badge")).hasText("Feishu");
        String id = inbox.getAttribute("data-inbox");
        assertThat(inbox.locator(".callback code")).hasText(parley() + "/api/v1/channels/feishu/" + id);
        assertThat(inbox.locator("[data-field=appSecret] .state")).hasText("not set");

        inbox.locator("input[name=appId]").fill("cli_a1b2c3");
        inbox.locator("input[name=appSecret]").fill("feishu-app-secret-0042");
        inbox.locator("input[name=encryptKey]").fill("encrypt-key-7777");
        inbox.locator("form.settings button[type=submit]").click();
        assertThat(platforms.locator(".platform-notice")).hasText("Settings saved.");
        assertThat(inbox.locator("[data-field=appSecret] .state")).hasText("set");
        assertThat(inbox.locator("input[name=appSecret]")).hasValue("");
        assertThat(inbox).not().containsText("feishu-app-secret-0042");

        var stored = settings.forAdapter(InboxId.parse(id), ChannelType.FEISHU).orElseThrow();
        assertThat(stored.values()).containsEntry("appId", "cli_a1b2c3")
                .containsEntry("appSecret", "feishu-app-secret-0042").containsEntry("encryptKey", "encrypt-key-7777")
                .doesNotContainKey("verificationToken");

        console.page.reload();
        platforms = openPlatforms(console);
        inbox = platforms.locator("section.inbox");
        assertThat(inbox.locator("input[name=appId]")).hasValue("cli_a1b2c3");
        assertThat(inbox.locator("[data-field=encryptKey] .state")).hasText("set");
        assertThat(inbox.locator("[data-field=verificationToken] .state")).hasText("not set");
        assertThat(console.page.content()).doesNotContain("feishu-app-secret-0042");
        // a secret left empty keeps what is stored; an emptied plain field removes its value
        inbox.locator("input[name=appId]").fill("");
        inbox.locator("form.settings button[type=submit]").click();
        assertThat(platforms.locator(".platform-notice")).hasText("Settings saved.");
        var after = settings.get(io.parley.shared.WorkspaceId.parse(tenant.workspaceId()), InboxId.parse(id));
        assertThat(after.values()).doesNotContainKey("appId").containsKey("appSecret");
        assertThat(inbox.locator("parley-inbox-settings select[name=answerMode]")).isVisible();
    }

    @Test
    void inChineseTheMessagingPlatformsSpeakChinese() {
        JsonNode created = client().post("/api/v1/inboxes", tenant.adminToken(), Map.of("name", "公众号",
                "channel", "WECHAT", "answerMode", "HUMANS_ONLY")).body();
        client().put("/api/v1/inboxes/" + created.path("id").asString() + "/channel-settings", tenant.adminToken(),
                Map.of("values", Map.of("appId", "wx0123456789", "token", "callback-token")));
        BrowserContext chinese = context("zh-CN");
        try {
            ConsolePage console = new ConsolePage(chinese, parley());
            console.page.locator(".login select.lang").selectOption("zh-CN");
            console.signIn(tenant.adminEmail(), ADMIN_PASSWORD);
            Locator platforms = openPlatforms(console);
            assertThat(platforms.locator("h2")).hasText("消息平台");
            Locator inbox = platforms.locator("section.inbox");
            assertThat(inbox.locator(".badge")).hasText("微信");
            assertThat(inbox.locator(".callback")).containsText("回调地址");
            assertThat(inbox.locator(".callback code")).hasText(Pattern.compile("/api/v1/channels/wechat/"));
            assertThat(inbox.locator("[data-field=token] .state")).hasText("已设置");
            assertThat(inbox.locator("[data-field=appSecret] .state")).hasText("未设置");
            assertThat(inbox.locator("select[name=messageMode] option")).containsText(new String[] {"明文模式",
                    "兼容模式", "安全模式（加密）"});
            assertThat(inbox.locator("input[name=appId]")).hasValue("wx0123456789");
            inbox.locator("input[name=appSecret]").fill("x".repeat(2001));
            inbox.locator("form.settings button[type=submit]").click();
            assertThat(platforms.locator(".platform-notice")).hasText("某项设置过长，或设置项过多。");
        } finally {
            chinese.close();
        }
    }
}
