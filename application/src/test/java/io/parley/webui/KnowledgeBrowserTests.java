package io.parley.webui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.knowledge.KnowledgeDesk;
import org.junit.jupiter.api.Test;

/** An administrator sees the knowledge entries in the console's settings, adds one and tries a visitor's message. */
class KnowledgeBrowserTests extends BrowserTest {

    @Test
    void anAdministratorAddsAnEntryAndTriesAMessageInTheConsole() {
        var desk = new KnowledgeDesk(client(), tenant, inboxes);
        desk.write("How long do refunds take?", "Refunds reach your card within 3 working days.");

        ConsolePage console = agent();
        console.page.locator("button.settings").click();
        var knowledge = console.page.locator("parley-knowledge");
        assertThat(knowledge.locator(".entries td.q")).hasText(new String[] {"How long do refunds take?"});

        knowledge.locator("input[name=q]").fill("when does my refund arrive");
        knowledge.locator(".try button[type=submit]").click();
        assertThat(knowledge.locator(".try blockquote")).hasText("Refunds reach your card within 3 working days.");
        assertThat(knowledge.locator(".try .candidates tr.above")).hasCount(1);

        knowledge.locator("input[name=question]").fill("Do you ship abroad?");
        knowledge.locator("textarea[name=answer]").fill("<img src=x onerror=alert(1)> Yes, to 30 countries.");
        knowledge.locator(".add button[type=submit]").click();
        assertThat(knowledge.locator(".kb-notice")).hasText("Saved.");
        assertThat(knowledge.locator(".entries td.q")).hasCount(2);
        assertThat(knowledge.locator(".entries td.a").last()).containsText("<img src=x onerror=alert(1)>");
        assertThat(knowledge.locator(".unanswered p")).hasText("None.");
        assertThat(dialogs).isEmpty();
    }

    @Test
    void aSuggestedAnswerGoesIntoTheComposerAndTheSentReplyBecomesAnEntryDraft() {
        var desk = new KnowledgeDesk(client(), tenant, inboxes);
        desk.write("How long do refunds take?", "Refunds reach your card within 3 working days.");
        Visit visit = visit("Noor", "when will my refund arrive");

        ConsolePage console = agent();
        var pane = console.openConversation(visit.conversationId());
        var suggestion = pane.locator("parley-suggestions .suggestion");
        assertThat(suggestion.first()).containsText("How long do refunds take?");
        suggestion.first().click();
        assertThat(console.composer()).hasValue("Refunds reach your card within 3 working days.");
        console.composer().press("End");
        console.composer().pressSequentially(" Yours is on its way.");
        console.composer().press("Enter");

        var reply = pane.locator(".message.agent").last();
        assertThat(reply.locator(".body")).hasText("Refunds reach your card within 3 working days. Yours is on its way.");
        reply.locator(".save-entry").click();
        assertThat(pane.locator(".notice")).containsText("Saved as a disabled knowledge entry draft");
        assertThat(reply.locator(".entry-saved")).isVisible();
        var entries = client().get("/api/v1/knowledge/entries", tenant.adminToken()).body().path("items");
        var draft = entries.valueStream().filter(e -> !e.path("enabled").asBoolean()).toList();
        assertThat(draft).hasSize(1);
        assertThat(draft.getFirst().path("question").asString()).isEqualTo("when will my refund arrive");
        assertThat(draft.getFirst().path("answer").asString())
                .isEqualTo("Refunds reach your card within 3 working days. Yours is on its way.");

        console.page.locator("header select.lang").selectOption("zh-CN");
        assertThat(pane.locator("parley-suggestions .label")).hasText("推荐答案");
        assertThat(pane.locator(".entry-saved")).containsText("已存为条目草稿");
        console.reply("还有别的问题吗？");
        assertThat(pane.locator(".message.agent .save-entry").last()).hasText("存为知识条目");
        assertThat(dialogs).isEmpty();
    }
}
