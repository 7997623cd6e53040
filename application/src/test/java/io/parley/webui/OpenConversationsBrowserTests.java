package io.parley.webui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Several conversations open at once: tabs, keyboard switching, unread markers, drafts, scrolling, split view. */
class OpenConversationsBrowserTests extends BrowserTest {

    @Test
    void twoOpenConversationsKeepTheirDraftsAndScrollAndTheHiddenOneCountsWhatArrivesLive() {
        Visit ana = visit("Ana", "Message 1 from Ana");
        for (int i = 2; i <= 40; i++) {
            say(ana, "Message " + i + " from Ana");
        }
        Visit ben = visit("Ben", "Hello from Ben");
        ConsolePage console = agent();

        var anaPane = console.openConversation(ana.conversationId());
        assertThat(anaPane.locator(".message .body").last()).hasText("Message 40 from Ana");
        console.composer().fill("Draft for Ana");
        var anaMessages = anaPane.locator(".messages");
        // as a person scrolling up would: the position changes and the pane hears of it
        anaMessages.evaluate("list => { list.scrollTop = 0; list.dispatchEvent(new Event('scroll')); }");
        var benPane = console.openConversation(ben.conversationId());

        assertThat(console.page.locator("parley-desk .tab")).hasCount(2);
        assertThat(anaPane).isHidden();
        assertThat(console.composer()).hasValue("");
        console.page.keyboard().press("Alt+1");
        assertThat(anaPane).isVisible();
        assertThat(console.composer()).hasValue("Draft for Ana");
        assertThat(anaMessages.evaluate("list => list.scrollTop")).isEqualTo(0);

        console.page.keyboard().press("Alt+]");
        assertThat(benPane).hasClass(Pattern.compile("focused"));
        say(ana, "Are you still there?");
        assertThat(console.tab(ana.conversationId())).hasClass(Pattern.compile("unread"));
        assertThat(console.tab(ana.conversationId()).locator(".badge")).hasText("1");
        assertThat(console.page.locator(".list .conversation[data-id='" + ana.conversationId() + "']"))
                .hasClass(Pattern.compile("unread"));
        assertThat(console.tab(ben.conversationId()).locator(".badge")).hasCount(0);
        console.page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("console-tabs.png")));

        console.page.keyboard().press("Alt+[");
        assertThat(anaPane).isVisible();
        assertThat(console.messages().last()).hasText("Are you still there?");
        assertThat(anaPane.locator(".new-divider")).isVisible();
        assertThat(console.tab(ana.conversationId()).locator(".badge")).hasCount(0);
        assertThat(console.composer()).hasValue("Draft for Ana");

        console.page.keyboard().press("Alt+W");
        assertThat(console.page.locator("parley-desk .tab")).hasCount(1);
        assertThat(benPane).isVisible();
        var listed = console.page.locator(".list .conversation");
        assertThat(listed.first()).hasAttribute("data-id", ana.conversationId()); // her message came last
        assertThat(listed.nth(1)).hasClass(Pattern.compile("active"));
        console.page.keyboard().press("Alt+ArrowUp"); // the list's previous one
        assertThat(console.page.locator("parley-desk .tab")).hasCount(2);
        assertThat(console.pane()).hasAttribute("data-id", ana.conversationId());
        assertThat(console.composer()).hasValue("Draft for Ana");
        assertThat(dialogs).isEmpty();
    }

    @Test
    void onAWideScreenTwoConversationsShowSideBySide() {
        Visit ana = visit("Ana", "Where is my parcel?");
        Visit ben = visit("Ben", "Can I change my address?");
        ConsolePage console = agent();
        var anaPane = console.openConversation(ana.conversationId());
        var benPane = console.openConversation(ben.conversationId());

        console.page.locator("parley-desk .split-toggle").click();
        assertThat(anaPane).isVisible();
        assertThat(benPane).isVisible();
        assertThat(anaPane.boundingBox().x).isLessThan(benPane.boundingBox().x);
        say(ana, "It was due yesterday");
        assertThat(anaPane.locator(".message .body").last()).hasText("It was due yesterday");
        assertThat(console.tab(ana.conversationId()).locator(".badge")).hasCount(0);

        anaPane.locator("textarea").click();
        assertThat(anaPane).hasClass(Pattern.compile("focused"));
        console.composer().fill("Let me check with the courier.");
        console.page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("console-split.png")));
        console.page.locator("parley-desk .split-toggle").click();
        assertThat(benPane).isHidden();
        assertThat(anaPane).isVisible();
    }

    @Test
    void theShortcutsAreListedInTheConsole() {
        ConsolePage console = agent();
        console.page.locator("header .shortcuts-toggle").click();
        var help = console.page.locator("parley-shortcuts");
        assertThat(help).containsText("Alt+1 … Alt+9");
        assertThat(help).containsText("Alt+] / Alt+[");
        assertThat(help).containsText("Alt+↓ / Alt+↑");
        console.page.keyboard().press("Escape");
        assertThat(help).hasCount(0);
    }
}
