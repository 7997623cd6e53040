package io.parley.webui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.options.FilePayload;
import io.parley.knowledge.KnowledgeDesk;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
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
    void documentTextWithScriptPayloadsIsShownAsTextAndCsvGoesInAndOut() throws Exception {
        var desk = new KnowledgeDesk(client(), tenant, inboxes);
        desk.write("How long do refunds take?", "Refunds reach your card within 3 working days.");
        String payload = "<img src=x onerror=alert(1)> <script>alert(2)</script> Orders ship within 2 days.";
        var uploaded = client().upload("/api/v1/knowledge/documents", tenant.adminToken(), "orders.txt",
                payload.getBytes(StandardCharsets.UTF_8), Map.of("title", "<script>alert(3)</script> Orders"));
        assertThat(uploaded.status()).isEqualTo(201);

        ConsolePage console = agent();
        console.page.locator("button.settings").click();
        var documents = console.page.locator("parley-knowledge-documents");
        assertThat(documents.locator("tr.doc td.title")).containsText("<script>alert(3)</script> Orders");
        assertThat(documents.locator("tr.doc td.status")).hasText("ready");
        documents.locator("button.show").click();
        assertThat(documents.locator("tr.chunks .text")).hasText(payload);
        assertThat(documents.locator("img")).hasCount(0);
        assertThat(documents.locator("script")).hasCount(0);

        documents.locator("input[type=file]").setInputFiles(new FilePayload("faq.md", "text/markdown",
                "# FAQ\n\n## Hours\n\nWe answer every day from 9:00 to 18:00.\n".getBytes(StandardCharsets.UTF_8)));
        documents.locator("form.upload button[type=submit]").click();
        assertThat(documents.locator("tr.doc td.title").first()).containsText("FAQ");
        assertThat(documents.locator("tr.doc").first().locator("td.status")).hasText("ready");
        assertThat(documents.locator("tr.doc").first().locator("td.count")).hasText("1 chunk");

        var knowledge = console.page.locator("parley-knowledge");
        knowledge.locator("form.csv input[type=file]").setInputFiles(new FilePayload("entries.csv", "text/csv",
                "\uFEFFquestion,answer,tags\nDo you ship abroad?,\"Yes, to 30 countries.\",shipping\n"
                        .getBytes(StandardCharsets.UTF_8)));
        knowledge.locator("form.csv button.import").click();
        assertThat(knowledge.locator(".kb-notice")).hasText("Imported: 1");
        assertThat(knowledge.locator(".entries td.q")).hasCount(2);

        knowledge.locator("form.csv input[type=file]").setInputFiles(new FilePayload("bad.csv", "text/csv",
                "question,answer\nNo answer here?,\n".getBytes(StandardCharsets.UTF_8)));
        knowledge.locator("form.csv button.import").click();
        assertThat(knowledge.locator(".problems li")).containsText("line 2");
        assertThat(knowledge.locator(".entries td.q")).hasCount(2);

        Download download = console.page.waitForDownload(() -> knowledge.locator("form.csv button.export").click());
        String exported = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(download.suggestedFilename()).isEqualTo("knowledge.csv");
        org.assertj.core.api.Assertions.assertThat(exported).startsWith("\uFEFFquestion,answer,alternatives,tags,enabled")
                .contains("Do you ship abroad?");
        documents.locator("button.show").first().click();
        console.page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions().setFullPage(true)
                .setPath(SCREENSHOTS.resolve("console-knowledge-documents.png")));
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
