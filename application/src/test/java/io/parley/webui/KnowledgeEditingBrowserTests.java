package io.parley.webui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.parley.knowledge.KnowledgeDesk;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * In the console's knowledge page an administrator edits an entry's text, alternatives, tags and enabled flag, and
 * watches the search index: its progress updates live, and "re-index all" runs to completion.
 */
class KnowledgeEditingBrowserTests extends BrowserTest {

    @Test
    void anAdministratorEditsAnEntryAndTheBotFindsItByItsNewText() {
        var desk = new KnowledgeDesk(client(), tenant, inboxes);
        String id = desk.write("How long do refunds take?", "Refunds reach your card within 3 working days.");

        ConsolePage console = agent();
        console.page.locator("button.settings").click();
        var knowledge = console.page.locator("parley-knowledge");
        knowledge.locator(".entries button.edit").click();
        var editor = knowledge.locator("parley-knowledge-entry-editor");
        assertThat(editor.locator("input[name=question]")).hasValue("How long do refunds take?");
        editor.locator("input[name=question]").fill("Can I get my money back?");
        editor.locator("textarea[name=answer]").fill("Yes: refunds reach your card within 5 working days.");
        editor.locator("textarea[name=alternatives]").fill("refund\nmoney back guarantee");
        editor.locator("input[name=tags]").fill("billing, refunds");
        editor.locator("button.save").click();

        assertThat(knowledge.locator(".kb-notice")).hasText("Saved.");
        assertThat(knowledge.locator(".entries td.q")).hasText(new String[] {"Can I get my money back?"});
        assertThat(knowledge.locator("parley-knowledge-entry-editor")).hasCount(0);
        var stored = client().get("/api/v1/knowledge/entries/" + id, tenant.adminToken()).body();
        assertThat(stored.path("alternatives").toString()).isEqualTo("[\"refund\",\"money back guarantee\"]");
        assertThat(stored.path("tags").toString()).isEqualTo("[\"billing\",\"refunds\"]");
        var tried = KnowledgeDesk.await(Duration.ofSeconds(10), () -> desk.tryIt("is there a money back guarantee"),
                reply -> reply.path("reply").asString().contains("5 working days"));
        assertThat(tried.path("answeredFrom").asString()).as("embedded again with its new text").isEqualTo(id);

        knowledge.locator(".entries button.edit").click();
        editor.locator("input[name=enabled]").uncheck();
        editor.locator("button.save").click();
        assertThat(knowledge.locator(".entries tr.disabled td.q")).hasCount(1);
        assertThat(dialogs).isEmpty();
    }

    @Test
    void theIndexProgressShowsLiveInChineseAndReindexingAllRunsToCompletion() {
        var desk = new KnowledgeDesk(client(), tenant, inboxes);
        desk.write("退款多久到账？", "一般1-3个工作日到账。");
        desk.write("How do I reset my password?", "Use Forgot password on the sign-in page.");

        var chinese = context("zh-CN");
        try {
            var console = new ConsolePage(chinese, parley()).signIn(tenant.adminEmail(), ADMIN_PASSWORD);
            console.page.locator("button.settings").click();
            var index = console.page.locator("parley-knowledge-index");
            assertThat(index.locator(".state")).hasText("已是最新");
            assertThat(index.locator(".done")).hasText("2 / 2");
            assertThat(index.locator(".models")).containsText("bge-small-zh-v1.5-q (512)");

            // written elsewhere (another administrator, the API): the page shows it without a reload
            client().post("/api/v1/knowledge/entries", tenant.adminToken(),
                    Map.of("question", "Do you ship abroad?", "answer", "Yes, to 30 countries."));
            assertThat(index.locator(".done")).hasText("3 / 3");

            index.locator("button.rebuild").click();
            assertThat(index.locator(".started")).isVisible();
            assertThat(index.locator(".finished")).isVisible();
            assertThat(index.locator(".state")).hasText("已是最新");
            assertThat(index.locator(".done")).hasText("3 / 3");
            var status = client().get("/api/v1/knowledge/index", tenant.adminToken()).body();
            assertThat(status.path("state").asString()).isEqualTo("COMPLETE");
            assertThat(index.locator("button.rebuild")).hasText(Pattern.compile("全部重新索引"));
            console.page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SCREENSHOTS.resolve("knowledge-index-zh-CN.png")));
        } finally {
            chinese.close();
        }
        assertThat(dialogs).isEmpty();
    }
}
