package io.parley.webui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import io.parley.agent.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A visitor and an agent talking through the widget and the console. */
class ConversationBrowserTests extends BrowserTest {

    @Test
    void aVisitorOnAnotherOriginAndAnAgentInTheConsoleChatBothWaysLive() {
        ConsolePage console = agent();
        WidgetPage widget = new WidgetPage(visitorContext, site.page("/chat-both-ways", "Shop", parley(),
                tenant.widgetKey(), "data-visitor-name=\"Mei Lin\" data-visitor-email=\"mei@example.com\"")).open();

        widget.write("Hello, is my order on its way?");
        assertThat(widget.sent()).hasText("Hello, is my order on its way?");

        console.openConversation();
        assertThat(console.messages()).hasText(new String[] {"Hello, is my order on its way?"});
        assertThat(console.page.locator("parley-conversation header .visitor-name")).hasText("Mei Lin");
        assertThat(console.page.locator("parley-conversation aside .email")).hasText("mei@example.com");
        assertThat(console.page.locator("parley-conversation aside .page-url")).hasText(site.origin() + "/chat-both-ways");
        assertThat(console.page.locator("parley-conversation aside .browser")).containsText("Chrome");
        assertThat(console.page.locator("nav .view[data-view=mine] .count")).hasText("0");
        console.page.locator("parley-conversation .claim").click();
        assertThat(console.page.locator("nav .view[data-view=mine] .count")).hasText("1");
        assertThat(widget.page.locator("#parley-widget .msg.me .seen")).hasText("Seen");

        widget.page.locator("#parley-widget textarea").pressSequentially("And");
        assertThat(console.page.locator("parley-conversation .typing")).hasText("Visitor is typing…");
        console.composer().pressSequentially("Let me");
        assertThat(widget.page.locator("#parley-widget .typing")).hasText("Agent typing…");
        console.reply("Yes, it ships **today**.");

        assertThat(widget.received()).hasText(new String[] {"Yes, it ships today."});
        assertThat(widget.page.locator("#parley-widget .msg.them strong")).hasText("today");
        widget.page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("widget.png")));
        console.view("mine");
        assertThat(console.page.locator(".list .conversation")).hasCount(1);
        console.page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("console.png")));
        assertThat(dialogs).isEmpty();
    }

    @Test
    void messagesSentWhileTheVisitorIsOfflineArriveOnceAndInOrderAfterReconnecting() {
        ConsolePage console = agent();
        WidgetPage widget = visitor("/offline").open();
        widget.write("I am on a train");
        console.openConversation();
        assertThat(console.messages()).hasText(new String[] {"I am on a train"});
        assertThat(widget.connected()).hasCount(1);

        visitorContext.setOffline(true);
        assertThat(widget.connected()).hasCount(0);
        console.reply("First");
        console.reply("Second");
        console.reply("Third");
        assertThat(console.messages()).hasText(new String[] {"I am on a train", "First", "Second", "Third"});
        visitorContext.setOffline(false);

        assertThat(widget.connected()).hasCount(1);
        assertThat(widget.received()).hasText(new String[] {"First", "Second", "Third"});
        widget.page.waitForTimeout(1_000); // a late duplicate would show up here
        assertThat(widget.received()).hasText(new String[] {"First", "Second", "Third"});
    }

    @Test
    void messagesTheServerTurnsAwayForNowAreSentAgainUntilEachIsStoredOnce() {
        WidgetPage widget = visitor("/burst").open();
        widget.write("first");
        assertThat(widget.sent()).hasCount(1);
        double refusedBefore = refusedForRate();

        // all at once, as fast as the page can: far more frames than the burst the server allows a connection
        // (a send and a typing stop each), so some are dropped with rate.limited whatever the machine's speed
        widget.page.locator("#parley-widget textarea").evaluate(BURST, "burst ");

        assertThat(widget.sent()).hasCount(61, new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions()
                .setTimeout(60_000));
        assertThat(widget.page.locator("#parley-widget .msg.me.pending")).hasCount(0);
        assertThat(refusedForRate()).as("some were turned away and sent again").isGreaterThan(refusedBefore);
        assertThat(copies("burst %")).hasSize(60).containsOnly(1);
    }

    @Test
    void anAgentsRepliesTheServerTurnsAwayForNowAreSentAgainUntilEachIsStoredOnce() {
        ConsolePage console = agent();
        WidgetPage widget = visitor("/agent-burst").open();
        widget.write("Are you there?");
        console.openConversation();
        console.reply("Yes");
        assertThat(widget.received()).hasText(new String[] {"Yes"});
        double refusedBefore = refusedForRate();

        console.composer().evaluate(BURST, "agent burst ");

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(copies("agent burst %")).hasSize(60));
        assertThat(copies("agent burst %")).hasSize(60).containsOnly(1);
        assertThat(refusedForRate()).as("some were turned away and sent again").isGreaterThan(refusedBefore);
        assertThat(widget.received()).hasCount(61);
        assertThat(console.page.locator("parley-conversation .message.pending")).hasCount(0);
    }

    /**
     * Writes 60 numbered messages into a composer and presses Enter after each, in one go inside the page: the
     * composer's own input and keydown handlers send them, without a round trip to the test between two.
     */
    private static final String BURST = """
            (input, prefix) => {
              for (let i = 1; i <= 60; i++) {
                input.value = prefix + i;
                input.dispatchEvent(new Event("input", {bubbles: true, composed: true}));
                input.dispatchEvent(new KeyboardEvent("keydown", {key: "Enter", bubbles: true, cancelable: true,
                    composed: true}));
              }
            }""";

    private List<Integer> copies(String like) {
        return jdbc.sql("SELECT body, count(*) AS copies FROM message WHERE workspace_id = :workspace "
                        + "AND body LIKE :like GROUP BY body")
                .param("workspace", java.util.UUID.fromString(tenant.workspaceId())).param("like", like)
                .query((rs, row) -> rs.getInt("copies")).list();
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @org.springframework.beans.factory.annotation.Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    private double refusedForRate() {
        var counter = meters.find("parley.gateway.errors").tag("code", "rate.limited").counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void whileThePanelIsClosedTheLauncherCountsUnreadReplies() {
        ConsolePage console = agent();
        WidgetPage widget = visitor("/unread").open();
        widget.write("Anyone there?");
        console.openConversation();
        widget.page.locator("#parley-widget .close").click();

        console.reply("Yes!");
        console.reply("How can I help?");
        assertThat(widget.page.locator("#parley-widget .badge")).hasText("2");
        widget.open();
        assertThat(widget.page.locator("#parley-widget .badge")).isHidden();
        assertThat(widget.received()).hasText(new String[] {"Yes!", "How can I help?"});
    }

    @Test
    void scriptInNamesMessagesAndTitlesStaysText() {
        String payload = "<img src=x onerror=\"alert('message')\"><script>alert('script')</script>";
        String url = site.page("/hostile", "&lt;script&gt;alert('title')&lt;/script&gt;", parley(),
                tenant.widgetKey(), "data-visitor-name=\"&lt;img src=x onerror=alert('name')&gt;\"");
        ConsolePage console = agent();
        WidgetPage widget = new WidgetPage(visitorContext, url).open();

        widget.write(payload);
        assertThat(widget.sent()).hasText(payload);
        console.openConversation();
        assertThat(console.messages()).hasText(new String[] {payload});
        console.reply("You wrote: " + payload);
        assertThat(widget.received()).hasText(new String[] {"You wrote: " + payload});

        assertThat(widget.page.locator("#parley-widget .msg img, #parley-widget .msg script")).hasCount(0);
        assertThat(console.page.locator("parley-conversation aside .name")).hasText("<img src=x onerror=alert('name')>");
        assertThat(console.page.locator("parley-conversation aside .page-title"))
                .hasText("<script>alert('title')</script>");
        assertThat(console.page.locator("parley-conversation header .visitor-name"))
                .hasText("<img src=x onerror=alert('name')>");
        assertThat(console.page.locator("parley-conversation img, parley-conversation script")).hasCount(0);
        widget.page.waitForTimeout(500);
        assertThat(dialogs).isEmpty();
    }

    @Test
    void aCannedReplyIsInsertedWithSlashAndAnInternalNoteNeverReachesTheWidget() {
        ConsolePage console = agent();
        WidgetPage widget = visitor("/notes").open();
        widget.write("Can you check my invoice?");
        console.openConversation();

        console.note("Customer since 2019; refund approved");
        assertThat(console.page.locator("parley-conversation .message.note .body"))
                .hasText("Customer since 2019; refund approved");
        console.page.locator("parley-conversation .mode-reply").click();
        console.composer().pressSequentially("/tha");
        assertThat(console.page.locator("parley-conversation .canned button").first()).containsText("/thanks");
        console.composer().press("Enter");
        assertThat(console.composer()).hasValue("Thank you for your patience, I am looking into it now.");
        console.composer().press("Enter");

        assertThat(widget.received()).hasText(new String[] {"Thank you for your patience, I am looking into it now."});
        // a second tab reads the conversation's history over REST: the note is not in it either
        WidgetPage reloaded = new WidgetPage(visitorContext, widget.page.url()).open();
        assertThat(reloaded.received()).hasText(new String[] {"Thank you for your patience, I am looking into it now."});
        assertThat(reloaded.page.locator("#parley-widget")).not().containsText("refund approved");
        assertThat(widget.page.locator("#parley-widget")).not().containsText("refund approved");
    }

    @Test
    void anAgentTransfersAConversationWithANoteForTheNextAgent() {
        newAgent(tenant, Role.AGENT); // listed as "Agent"
        ConsolePage console = agent();
        WidgetPage widget = visitor("/transfer").open();
        widget.write("I need a refund");
        console.openConversation();
        console.page.locator("parley-conversation .claim").click();
        assertThat(console.page.locator("nav .view[data-view=mine] .count")).hasText("1");

        console.page.locator("parley-conversation .assign").selectOption(new SelectOption().setLabel("Agent"));
        console.page.locator("parley-conversation .transfer-note").fill("Refunds are yours this week");
        console.page.locator("parley-conversation .transfer").click();

        assertThat(console.page.locator("parley-conversation .message.note .body"))
                .hasText("Refunds are yours this week");
        assertThat(console.page.locator("nav .view[data-view=mine] .count")).hasText("0");
        assertThat(widget.page.locator("#parley-widget")).not().containsText("Refunds are yours");
    }
}
