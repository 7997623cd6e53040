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
}
