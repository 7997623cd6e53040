package io.parley.webui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An administrator sets an inbox's answer mode and VIP rule; an agent marks a visitor as VIP from the sidebar. */
class AnswerSettingsBrowserTests extends BrowserTest {

    @Test
    void anAdministratorChoosesHowTheBotAnswersInAnInbox() {
        ConsolePage console = agent();
        console.page.locator("button.settings").click();
        var settings = console.page.locator("parley-inbox-settings").first();
        assertThat(settings.locator("select[name=answerMode]")).hasValue("HUMANS_ONLY");

        settings.locator("select[name=answerMode]").selectOption("KNOWLEDGE");
        settings.locator("input[name=vipHandOver]").uncheck();
        settings.locator("button[type=submit]").click();

        assertThat(settings.locator(".is-notice")).hasText("Saved.");
        var inbox = client().get("/api/v1/inboxes/" + tenant.inboxId(), tenant.adminToken()).body();
        assertThat(inbox.path("answerMode").asString()).isEqualTo("KNOWLEDGE");
        assertThat(inbox.path("vipHandOver").asBoolean()).isFalse();
        assertThat(dialogs).isEmpty();
    }

    @Test
    void anAgentMarksTheVisitorAsVipFromTheSidebar() {
        String token = client().visitorSession(tenant.widgetKey(), tenant.origin()).path("visitorToken").asString();
        String conversation = client().post("/api/v1/visitor/conversations", token, Map.of()).body().path("id")
                .asString();
        client().post("/api/v1/visitor/conversations/" + conversation + "/messages", token,
                Map.of("clientMessageId", "v-" + UUID.randomUUID(), "body", "Hello, I need help with my order"));

        ConsolePage console = agent();
        console.openConversation();
        var vip = console.page.locator("parley-visitor-vip");
        assertThat(vip.locator(".badge")).hasCount(0);
        vip.locator("button.vip-toggle").click();

        assertThat(vip.locator(".badge")).hasText("VIP");
        assertThat(vip.locator("button.vip-toggle")).hasText("Remove VIP");
        assertThat(client().get("/api/v1/conversations/" + conversation + "/visitor", tenant.adminToken()).body()
                .path("vip").asBoolean()).isTrue();
        assertThat(dialogs).isEmpty();
    }
}
