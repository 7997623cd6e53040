package io.parley.webui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** When no agent is online the widget takes a message, and it arrives in the inbox as a conversation. */
class LeaveMessageBrowserTests extends BrowserTest {

    @Test
    void withNobodyOnlineTheVisitorLeavesAMessageThatBecomesAConversation() {
        WidgetPage widget = visitor("/leave-a-message").open();
        var leave = widget.page.locator("#parley-widget .leave");
        assertThat(leave).isVisible();
        assertThat(leave).containsText("We're not online right now.");
        assertThat(widget.page.locator("#parley-widget form:not(.prechat) button[type=submit]")).hasText("Send message");

        leave.locator("input[name=name]").fill("<b>Grace</b>");
        leave.locator("input[name=email]").fill("grace@example.com");
        widget.write("Please call me back about order 42 <script>alert(1)</script>");

        assertThat(leave).isHidden();
        assertThat(widget.sent()).hasText("Please call me back about order 42 <script>alert(1)</script>");
        assertThat(widget.page.locator("#parley-widget .note"))
                .hasText("Thanks! We'll answer by e-mail or here when you come back.");
        widget.page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("widget-leave-message.png")));

        ConsolePage console = agent();
        console.openConversation();
        assertThat(console.messages()).hasText(new String[] {"Please call me back about order 42 <script>alert(1)</script>"});
        assertThat(console.page.locator("parley-conversation header .visitor-name")).hasText("<b>Grace</b>");
        assertThat(console.page.locator("parley-conversation aside .email")).hasText("grace@example.com");
        assertThat(dialogs).isEmpty();
    }

    @Test
    void withAnAgentOnlineTheWidgetOffersLiveChat() {
        ConsolePage console = agent();
        assertThat(console.page.locator("nav .view").first()).isVisible();
        WidgetPage widget = visitor("/agent-online").open();

        assertThat(widget.page.locator("#parley-widget textarea")).isVisible();
        assertThat(widget.page.locator("#parley-widget .leave")).isHidden();
        assertThat(widget.page.locator("#parley-widget form:not(.prechat) button[type=submit]")).hasText("Send");
    }
}
