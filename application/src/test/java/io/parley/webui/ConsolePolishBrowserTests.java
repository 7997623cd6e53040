package io.parley.webui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What an agent notices at once: the list shows who wrote last and who has the conversation, visitors get friendly
 * names, dates follow the console's language, notes are never "seen", the tab title counts unread conversations, and
 * the answer modes say when no language model is configured.
 */
class ConsolePolishBrowserTests extends BrowserTest {

    @Test
    void inChineseTheListTabsTimesAndTitleReadAsAChineseAgentExpects() {
        agentContext.close();
        agentContext = context("zh-CN");
        ConsolePage console = agent();
        WidgetPage widget = visitor("/zh").open();
        widget.write("你好，我想退货");

        Locator first = console.page.locator(".list .conversation").first();
        assertThat(first.locator(".preview")).hasText("你好，我想退货");
        String id = first.getAttribute("data-id");
        Locator item = console.page.locator(".list .conversation[data-id='" + id + "']");
        assertThat(item.locator(".when")).hasText(Pattern.compile("^\\d{2}:\\d{2}$"));
        String name = item.locator(".who").textContent();
        assertThat(name).doesNotContain("访客").doesNotContainPattern("[0-9a-f]{8}").isNotBlank();

        console.openConversation();
        assertThat(console.tab(id).locator(".name")).hasText(name);
        assertThat(console.pane().locator("header .visitor-name")).hasText(name);
        assertThat(console.pane().locator(".message .meta").first()).containsText(Pattern.compile("· \\d{2}:\\d{2}$"));
        console.pane().locator(".claim").click();
        assertThat(console.page.locator("nav .view[data-view=mine] .count")).hasText("1");
        console.view("open");
        assertThat(item.locator(".assignee")).hasText("我");

        console.note("仅内部可见");
        console.reply("您好，请提供订单号");
        assertThat(widget.received()).hasText(new String[] {"您好，请提供订单号"});
        Locator reply = console.pane().locator(".message.agent:not(.note)");
        assertThat(reply.locator(".meta")).containsText("已读");
        assertThat(console.pane().locator(".message.note .meta")).not().containsText("已读");
        assertThat(item.locator(".preview")).hasText("客服: 您好，请提供订单号");

        assertThat(console.page).hasTitle("Parley");
        Visit other = visit(null, "还有人吗？");
        assertThat(console.page).hasTitle("(1) Parley");
        console.openConversation(other.conversationId());
        assertThat(console.page).hasTitle("Parley");
        assertThat(dialogs).isEmpty();
    }

    @Test
    void inEnglishPreviewsStayTextAreCutAndNeverShowNotes() {
        String markup = "<img src=x onerror=alert(1)> where is my parcel?";
        Visit visit = visit(null, markup);
        ConsolePage console = agent();
        Locator item = console.page.locator(".list .conversation[data-id='" + visit.conversationId() + "']");
        assertThat(item.locator(".preview")).hasText(markup);
        assertThat(item.locator(".who")).hasText(Pattern.compile("^[A-Z][a-z]+ [A-Z][a-z]+$"));

        Locator pane = console.openConversation(visit.conversationId());
        console.note("Customer is on the VIP list");
        assertThat(pane.locator(".message.note")).hasCount(1);
        assertThat(item.locator(".preview")).hasText(markup);
        say(visit, "x".repeat(300));
        assertThat(item.locator(".preview")).hasText("x".repeat(120) + "…");
        assertThat(console.page.locator(".list img")).hasCount(0);
        assertThat(dialogs).isEmpty();
    }

    @Test
    void theAnswerModesSayWhenNoLanguageModelIsConfigured() {
        ConsolePage console = agent();
        console.page.locator("button.settings").click();
        Locator settings = console.page.locator("parley-inbox-settings").first();
        Locator mode = settings.locator("select[name=answerMode]");
        assertThat(mode.locator("option[value=LLM]")).containsText("none is configured");
        assertThat(settings.locator(".no-model")).hasCount(0);

        mode.selectOption("LLM");

        assertThat(settings.locator(".no-model")).containsText("No language model is configured");
        console.page.locator("select.lang").first().selectOption("zh-CN");
        assertThat(settings.locator(".no-model")).containsText("尚未配置大语言模型");
        assertThat(mode.locator("option[value=LLM]")).containsText("尚未配置模型");
    }
}
