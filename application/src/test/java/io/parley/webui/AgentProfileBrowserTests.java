package io.parley.webui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.parley.testing.Pictures;
import java.awt.Color;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The agent's name and picture, set in the console's profile, beside their replies in the widget. */
class AgentProfileBrowserTests extends BrowserTest {

    private static final String PAYLOAD = "<img src=x onerror=alert('name')> Ann <script>alert('x')</script>";

    @Test
    void theWidgetShowsTheAgentsNameAndPictureBesideTheirRepliesAndNamesStayText() {
        ConsolePage console = agent();
        rename(console, "Mei Lin");
        assertThat(console.page.locator("header .me .my-name")).hasText("Mei Lin");
        assertThat(console.page.locator("parley-team li.member .name")).hasText("Mei Lin");
        assertThat(console.page.locator("parley-team li.member .status")).hasText("Online");

        WidgetPage widget = visitor("/profile").open();
        widget.write("Hello, who is there?");
        console.openConversation();
        console.reply("Mei here, how can I help?");

        var first = widget.page.locator("#parley-widget .line").first();
        assertThat(first.locator(".who")).hasText("Mei Lin");
        assertThat(first.locator(".avatar.initials")).hasText("ML");

        openProfile(console);
        console.page.locator("parley-profile input[name=displayName]").fill(PAYLOAD);
        console.page.locator("parley-profile form button[type=submit]").click();
        assertThat(console.page.locator("header .me .my-name")).hasText(PAYLOAD);
        console.page.locator("parley-profile input[type=file]").setInputFiles(
                new FilePayload("me.png", "image/png", Pictures.png(48, Color.ORANGE)));
        assertThat(console.page.locator("parley-profile img.avatar")).hasAttribute("src",
                Pattern.compile("^/api/v1/avatars/[0-9a-f]{64}$"));
        assertThat(console.page.locator("header .me img.avatar")).isVisible();
        console.page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("console-profile.png")));
        console.page.locator("header .me").click(); // back to the conversation
        console.reply("Still me, with a picture");

        var second = widget.page.locator("#parley-widget .line").nth(1);
        assertThat(second.locator(".who")).hasText(PAYLOAD);
        assertThat(second.locator("img.avatar")).hasAttribute("src",
                Pattern.compile("^" + parley().replace(".", "\\.") + "/api/v1/avatars/[0-9a-f]{64}$"));
        assertThat(second.locator("img.avatar")).hasJSProperty("naturalWidth", 48);
        assertThat(widget.page.locator("#parley-widget img[src=x], #parley-widget script")).hasCount(0);
        assertThat(console.page.locator("parley-team li.member .name")).hasText(PAYLOAD);
        widget.page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("widget-agent-profile.png")));
        widget.page.waitForTimeout(500);
        assertThat(dialogs).isEmpty();
    }

    @Test
    void withShowWhoAnswersOffTheWidgetShowsNoNameNorPicture() {
        ConsolePage console = agent();
        rename(console, "Quiet Agent");
        console.page.locator("header .settings").click();
        var settings = console.page.locator("parley-widget-settings").first();
        settings.locator("input[name=showAgentName]").uncheck();
        settings.locator("button[type=submit]").click();
        assertThat(settings.locator(".ws-notice")).hasText("Saved.");
        console.page.locator("header .settings").click();

        WidgetPage widget = visitor("/quiet").open();
        widget.write("Anyone?");
        console.openConversation();
        console.reply("Yes");

        assertThat(widget.received()).hasText(new String[] {"Yes"});
        assertThat(widget.page.locator("#parley-widget .line, #parley-widget .who")).hasCount(0);
        assertThat(widget.page.locator("#parley-widget")).not().containsText("Quiet Agent");
    }

    private static void openProfile(ConsolePage console) {
        console.page.locator("header .me").click();
        assertThat(console.page.locator("parley-profile h2")).isVisible();
    }

    private static void rename(ConsolePage console, String name) {
        openProfile(console);
        console.page.locator("parley-profile input[name=displayName]").fill(name);
        console.page.locator("parley-profile form button[type=submit]").click();
        assertThat(console.page.locator("parley-profile .notice")).hasText("Saved.");
        console.page.locator("header .me").click();
    }
}
