package io.parley.webui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.parley.knowledge.KnowledgeDesk;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * After a resolve the visitor keeps the conversation: the widget says it was resolved, a follow-up reaches the same
 * agent in the same conversation, and earlier conversations stay on screen and after a reload. While the bot
 * answers, "Talk to a person" hands the conversation over.
 */
class FollowUpBrowserTests extends BrowserTest {

    @Test
    void afterAResolveTheFollowUpGoesBackToTheSameAgentAndEarlierConversationsStayVisible() {
        WidgetPage widget = visitor("/follow-up").open();
        widget.write("My parcel is late");
        ConsolePage console = agent();
        console.view("unassigned");
        console.openConversation();
        console.reply("Let me check that for you");
        assertThat(widget.received()).hasText(new String[] {"Let me check that for you"});

        console.pane().locator("button.resolve").click();
        Locator resolved = widget.page.locator("#parley-widget .note.resolved");
        assertThat(resolved).hasText("This conversation was resolved. Write again here if you need anything else.");
        widget.page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("widget-resolved.png")));

        widget.write("It still has not arrived");
        assertThat(resolved).hasCount(0);
        assertThat(widget.sent()).hasText(new String[] {"My parcel is late", "It still has not arrived"});
        console.view("mine");
        assertThat(console.page.locator(".list .conversation")).hasCount(1);
        assertThat(console.messages()).hasText(new String[] {"My parcel is late", "Let me check that for you",
                "It still has not arrived"});
        assertThat(console.pane().locator("button.resolve")).isVisible();

        // a window of 0: the next follow-up after a resolve starts a new conversation; the old one stays on screen
        assertThat(client().put("/api/v1/inboxes/" + tenant.inboxId() + "/widget-settings", tenant.adminToken(),
                Map.of("colour", "#2563eb", "position", "RIGHT", "showAgentName", true, "nameField", "HIDDEN",
                        "emailField", "HIDDEN", "reopenWindowHours", 0)).status()).isEqualTo(200);
        console.pane().locator("button.resolve").click();
        assertThat(resolved).isVisible();
        widget.write("A new question");
        assertThat(widget.page.locator("#parley-widget .past-conversation .msg .text"))
                .hasText(new String[] {"My parcel is late", "Let me check that for you", "It still has not arrived"});
        assertThat(widget.sent().last()).hasText("A new question");
        assertThat(resolved).hasCount(0);

        widget.page.reload();
        widget.open();
        assertThat(widget.sent()).hasText(new String[] {"A new question"});
        Locator older = widget.page.locator("#parley-widget button.older");
        assertThat(older).hasText("Earlier conversations");
        older.click();
        assertThat(widget.page.locator("#parley-widget .past-conversation .msg .text"))
                .hasText(new String[] {"My parcel is late", "Let me check that for you", "It still has not arrived"});
        assertThat(widget.page.locator("#parley-widget .past-conversation .divider")).containsText("Conversation of");
        assertThat(older).isHidden();
        assertThat(dialogs).isEmpty();
    }

    @Test
    void inChineseTheWidgetSaysTheConversationWasResolvedAndShowsItAfterAReload() {
        BrowserContext chinese = context("zh-CN");
        try {
            WidgetPage widget = new WidgetPage(chinese, site.page("/zh-follow-up", "Shop", parley(),
                    tenant.widgetKey(), "")).open();
            widget.write("我的包裹还没到");
            ConsolePage console = agent();
            console.view("unassigned");
            console.openConversation();
            console.reply("我来查一下");
            console.pane().locator("button.resolve").click();
            assertThat(widget.page.locator("#parley-widget .note.resolved"))
                    .hasText("此会话已解决。如还有问题，请直接在这里继续留言。");

            widget.page.reload();
            widget.open();
            assertThat(widget.received()).hasText(new String[] {"我来查一下"});
            assertThat(widget.page.locator("#parley-widget .note.resolved")).isVisible();
        } finally {
            chinese.close();
        }
    }

    @Test
    void anAdminSetsTheReopenWindowInTheWidgetSettingsInEnglishAndChinese() {
        ConsolePage console = agent();
        console.page.locator("header .settings").click();
        var form = console.page.locator("parley-widget-settings form");
        assertThat(form).containsText("A visitor's follow-up reopens a resolved conversation within");
        form.locator("input[name=reopenWindowHours]").fill("6");
        form.locator("button[type=submit]").click();
        assertThat(form.locator(".ws-notice")).hasText("Saved.");
        assertThat(client().get("/api/v1/widget/settings?key=" + tenant.widgetKey(), null).body()
                .path("reopenWindowHours").asInt()).isEqualTo(6);

        form.locator("input[name=reopenWindowHours]").fill("721");
        form.locator("button[type=submit]").click();
        // the browser holds the form back: the field allows 0 to 720 (the server refuses more, see
        // FollowUpIntegrationTests)
        assertThat(form.locator("input[name=reopenWindowHours]:invalid")).hasCount(1);
        assertThat(client().get("/api/v1/widget/settings?key=" + tenant.widgetKey(), null).body()
                .path("reopenWindowHours").asInt()).isEqualTo(6);

        console.page.locator("header select.lang").selectOption("zh-CN");
        assertThat(console.page.locator("parley-widget-settings form")).containsText("会话解决后多少小时内访客再次留言会重新打开原会话");
    }

    @Test
    void whileTheBotAnswersTheVisitorAsksForAPersonInEnglish() {
        askForAPerson(visitorContext, "Talk to a person", "We're connecting you to a person.",
                "How long do refunds take?", "Refunds reach your card within 3 working days.");
    }

    @Test
    void whileTheBotAnswersTheVisitorAsksForAPersonInChinese() {
        BrowserContext chinese = context("zh-CN");
        try {
            askForAPerson(chinese, "转人工客服", "正在为您转接人工客服。", "退款多久到账？", "退款会在 3 个工作日内到账。");
        } finally {
            chinese.close();
        }
    }

    private void askForAPerson(BrowserContext context, String button, String handed, String question, String answer) {
        var desk = new KnowledgeDesk(client(), tenant, inboxes);
        desk.write(question, answer);
        String botKey = desk.inbox(Map.of("name", "Bot", "answerMode", "KNOWLEDGE")).path("widgetKey").asString();
        WidgetPage widget = new WidgetPage(context, site.page("/bot-" + botKey, "Shop", parley(), botKey, "")).open();
        Locator person = widget.page.locator("#parley-widget button.person");
        assertThat(person).isHidden();

        widget.write(question);
        assertThat(widget.received()).hasText(new String[] {answer});
        assertThat(person).hasText(button);
        person.click();

        assertThat(widget.page.locator("#parley-widget .note.handed")).hasText(handed);
        assertThat(person).isHidden();
        ConsolePage console = agent();
        console.view("unassigned");
        assertThat(console.page.locator(".list .conversation")).hasCount(1);
        assertThat(dialogs).isEmpty();
    }
}
