package io.parley.webui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.parley.webhook.Receiver;
import io.parley.webhook.StandardWebhooks;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * An admin adds a webhook endpoint under Integrations (Settings points there), copies its secret (shown once), sees
 * the delivery in the log and sends it again; an internal address is refused with the reason, in English and in
 * Chinese. The allow-list opens 127.0.0.1 for the local receiver in this test only.
 */
@TestPropertySource(properties = {"parley.outbound.allowed-hosts=127.0.0.1", "parley.webhooks.deliver=true",
        "parley.webhooks.retry-schedule=0s,1s,1s", "parley.webhooks.timeout=1s", "parley.webhooks.poll-interval=100ms"})
@DirtiesContext
class WebhooksBrowserTests extends BrowserTest {

    private Receiver receiver;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = new Receiver();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void anAdminAddsAnEndpointSeesItsDeliveryAndSendsItAgain() throws Exception {
        ConsolePage console = agent();
        console.page.locator("header .settings").click();
        assertThat(console.page.locator("parley-admin .integrations")).containsText("webhooks, are under Integrations");
        console.page.locator("parley-admin button.open-integrations").click();
        assertThat(console.page.locator("parley-integrations h1")).hasText("Integrations");
        assertThat(console.page.locator("header .integrations")).hasText("Conversations");
        Locator webhooks = console.page.locator("parley-integrations parley-webhooks");
        assertThat(webhooks.locator("h2")).hasText("Webhooks");

        webhooks.locator("input[name=url]").fill("http://10.0.0.1/hook");
        webhooks.locator("input[value='message.created']").check();
        webhooks.locator("form.new-endpoint button[type=submit]").click();
        assertThat(webhooks.locator(".wh-notice")).containsText("This address is internal");
        assertThat(webhooks.locator("tr[data-endpoint]")).hasCount(0);

        String url = receiver.url("/console-hook");
        webhooks.locator("input[name=url]").fill(url);
        webhooks.locator("input[name=description]").fill("CRM");
        webhooks.locator("input[value='message.created']").check();
        webhooks.locator("form.new-endpoint button[type=submit]").click();
        assertThat(webhooks.locator(".wh-notice")).hasText("Endpoint added.");
        assertThat(webhooks.locator(".secret code")).containsText("whsec_");
        String secret = webhooks.locator(".secret code").textContent().strip();
        Locator row = webhooks.locator("tr[data-endpoint]");
        assertThat(row).hasCount(1);
        assertThat(row.locator(".url")).containsText(url);
        assertThat(row.locator(".events")).hasText("message.created");
        assertThat(row.locator(".state")).hasText("Active");
        console.page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("console-webhooks.png")));
        webhooks.locator(".secret button.hide").click();
        assertThat(webhooks.locator(".secret")).hasCount(0);

        visit("Ana", "Where is my parcel?");
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.at("/console-hook").size() == 1);
        var request = receiver.at("/console-hook").getFirst();
        assertThat(StandardWebhooks.verifies(secret, request.header("webhook-id"), request.header("webhook-timestamp"),
                request.body(), request.header("webhook-signature"))).isTrue();

        row.locator("button.log").click();
        Locator delivery = webhooks.locator("tr[data-delivery]");
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            webhooks.locator("button.refresh").click();
            return "DELIVERED".equals(delivery.first().getAttribute("data-status",
                    new Locator.GetAttributeOptions().setTimeout(5_000)));
        });
        assertThat(delivery.locator(".status")).hasText("Delivered");
        assertThat(delivery.locator(".response")).hasText("200");
        delivery.locator("button.replay").click();
        assertThat(webhooks.locator(".wh-notice")).hasText("Delivery queued again.");
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.at("/console-hook").size() == 2);
        assertThat(receiver.at("/console-hook").get(1).header("webhook-id")).isEqualTo(request.header("webhook-id"));

        row.locator("button.toggle").click();
        assertThat(row.locator(".state")).containsText("Disabled");
        assertThat(row.locator("button.toggle")).hasText("Enable");
        assertThat(dialogs).isEmpty();
    }

    @Test
    void inChineseTheWebhooksSectionAndItsRefusalsSpeakChinese() {
        BrowserContext chinese = context("zh-CN");
        try {
            ConsolePage console = new ConsolePage(chinese, parley());
            console.page.locator(".login select.lang").selectOption("zh-CN");
            console.signIn(tenant.adminEmail(), ADMIN_PASSWORD);
            console.page.locator("header .integrations").click();
            Locator webhooks = console.page.locator("parley-webhooks");
            assertThat(webhooks.locator("h2")).hasText("Webhook");
            webhooks.locator("input[name=url]").fill("http://192.168.1.10/hook");
            webhooks.locator("input[value='conversation.resolved']").check();
            webhooks.locator("form.new-endpoint button[type=submit]").click();
            assertThat(webhooks.locator(".wh-notice")).containsText("这是内部地址");
            webhooks.locator("input[name=url]").fill(receiver.url("/zh"));
            webhooks.locator("input[value='conversation.resolved']").uncheck(); // what was typed stays after a refusal
            webhooks.locator("form.new-endpoint button[type=submit]").click();
            assertThat(webhooks.locator(".wh-notice")).hasText("请至少选择一个事件。");
            assertThat(webhooks.locator("tr[data-endpoint]")).hasCount(0);
        } finally {
            chinese.close();
        }
    }
}
