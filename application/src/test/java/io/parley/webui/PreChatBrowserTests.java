package io.parley.webui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** Widget settings from the console reaching the widget: colour, side, greeting and the pre-chat form. */
class PreChatBrowserTests extends BrowserTest {

    @Test
    void anAdminAsksForNameAndEmailAndTheVisitorAnswersBeforeTheFirstMessage() {
        ConsolePage console = agent();
        console.page.locator("header .settings").click();
        var form = console.page.locator("parley-widget-settings form");
        form.locator("input[name=colour]").fill("#10b981");
        form.locator("select[name=position]").selectOption("LEFT");
        form.locator("input[name=greetingEn]").fill("Welcome to the shop & 5 < 6");
        form.locator("select[name=nameField]").selectOption("REQUIRED");
        form.locator("select[name=emailField]").selectOption("OPTIONAL");
        form.locator("button[type=submit]").click();
        assertThat(form.locator(".ws-notice")).hasText("Saved.");

        WidgetPage widget = visitor("/pre-chat").open();
        var prechat = widget.page.locator("#parley-widget form.prechat");
        assertThat(prechat).isVisible();
        assertThat(widget.page.locator("#parley-widget textarea")).isHidden();
        assertThat(widget.page.locator("#parley-widget .greeting")).hasText("Welcome to the shop & 5 < 6");
        assertThat(widget.launcher()).hasCSS("background-color", "rgb(16, 185, 129)");
        assertThat(widget.launcher()).hasCSS("left", "20px");

        // a required name cannot be skipped
        prechat.locator("button[type=submit]").click();
        assertThat(prechat).isVisible();
        prechat.locator("input[name=name]").fill("Ada Lovelace");
        prechat.locator("input[name=email]").fill("ada@example.com");
        prechat.locator("button[type=submit]").click();
        assertThat(prechat).isHidden();
        widget.write("Do you ship to Lisbon?");
        assertThat(widget.sent()).hasText("Do you ship to Lisbon?");

        console.page.locator("header .settings").click();
        console.view("unassigned");
        console.openConversation();
        assertThat(console.page.locator("parley-conversation header .visitor-name")).hasText("Ada Lovelace");
        assertThat(console.page.locator("parley-conversation aside .email")).hasText("ada@example.com");

        // a returning visitor is not asked again
        widget.page.reload();
        widget.open();
        assertThat(prechat).isHidden();
        assertThat(widget.page.locator("#parley-widget textarea")).isVisible();
        widget.page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("widget-pre-chat.png")));
        assertThat(dialogs).isEmpty();
    }

    @Test
    void anAdminCannotSaveAGreetingWithMarkup() {
        ConsolePage console = agent();
        console.page.locator("header .settings").click();
        var form = console.page.locator("parley-widget-settings form");
        form.locator("input[name=greetingEn]").fill("<img src=x onerror=alert(1)>");
        form.locator("button[type=submit]").click();

        assertThat(form.locator(".ws-notice")).containsText("plain text");
        WidgetPage widget = visitor("/no-markup").open();
        assertThat(widget.page.locator("#parley-widget .greeting")).hasText("Hi! How can we help you today?");
        assertThat(dialogs).isEmpty();
    }
}
