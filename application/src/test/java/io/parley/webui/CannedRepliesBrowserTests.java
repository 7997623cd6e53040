package io.parley.webui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.parley.agent.Role;
import io.parley.knowledge.KnowledgeDesk;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Canned replies kept on the server: shared ones by admins for everyone, personal ones for their owner only. */
class CannedRepliesBrowserTests extends BrowserTest {

    private static final String SHARED = "Refunds reach your card within 3 working days. <script>alert('x')</script>";

    @Test
    void aSharedReplyWrittenByAnAdminIsOfferedToAnotherAgentAndAPersonalOneIsNot() {
        Visit visit = visit("Noor", "Where is my refund?");
        ConsolePage admin = agent();
        admin.page.locator("header .settings").click();
        var shared = admin.page.locator("parley-admin parley-canned-replies[scope=SHARED]");
        shared.locator("form.add input[name=shortcut]").fill("refund");
        shared.locator("form.add textarea[name=text]").fill(SHARED);
        shared.locator("form.add button[type=submit]").click();
        assertThat(shared.locator(".canned-notice")).hasText("Added.");
        assertThat(shared.locator(".reply .text")).hasText(new String[] {SHARED});
        admin.page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("console-canned-shared.png")));

        BrowserContext meiContext = context("en-US");
        BrowserContext liContext = context("en-US");
        try {
            ConsolePage mei = new ConsolePage(meiContext, parley()).signIn(registerAgent(tenant, Role.AGENT, "Mei"),
                    ADMIN_PASSWORD);
            mei.page.locator("header .replies").click();
            var personal = mei.page.locator("parley-canned-replies[scope=PERSONAL]");
            personal.locator("form.add input[name=shortcut]").fill("mine");
            personal.locator("form.add textarea[name=text]").fill("Mei's own way of saying hello");
            personal.locator("form.add button[type=submit]").click();
            assertThat(personal.locator(".reply .text")).hasText(new String[] {"Mei's own way of saying hello"});
            assertThat(mei.page.locator("parley-canned-replies[scope=SHARED] form.add")).hasCount(0);
            assertThat(mei.page.locator("parley-canned-replies[scope=SHARED] .reply .edit")).hasCount(0);
            mei.page.locator("header .replies").click();
            mei.openConversation(visit.conversationId());
            assertThat(offered(mei, "/mine").first()).containsText("Mei's own way of saying hello");

            ConsolePage li = new ConsolePage(liContext, parley()).signIn(registerAgent(tenant, Role.AGENT, "Li"),
                    ADMIN_PASSWORD);
            li.openConversation(visit.conversationId());
            Locator offer = offered(li, "/ref").first();
            assertThat(offer).containsText("/refund");
            assertThat(offer.locator(".scope.shared")).hasText("Shared");
            li.composer().press("Enter");
            assertThat(li.composer()).hasValue(SHARED);
            assertThat(offered(li, "/mine")).hasCount(0);
            assertThat(li.pane().locator(".canned .none")).hasText("No canned reply matches.");
            li.composer().fill("/ref");
            li.page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("console-canned.png")));
        } finally {
            meiContext.close();
            liContext.close();
        }
        assertThat(dialogs).isEmpty();
    }

    @Test
    void anAgentChangesAndDeletesTheirOwnReplyAndABadShortcutIsRefused() {
        ConsolePage console = agent();
        console.page.locator("header .replies").click();
        var personal = console.page.locator("parley-canned-replies[scope=PERSONAL]");
        personal.locator("form.add input[name=shortcut]").fill("two words");
        personal.locator("form.add textarea[name=text]").fill("Refused");
        personal.locator("form.add button[type=submit]").click();
        assertThat(personal.locator(".canned-failure")).containsText("a shortcut has 1 to 32");
        personal.locator("form.add input[name=shortcut]").fill("hours");
        personal.locator("form.add textarea[name=text]").fill("We answer 9 to 5.");
        personal.locator("form.add button[type=submit]").click();
        assertThat(personal.locator(".reply .text")).hasText(new String[] {"We answer 9 to 5."});

        personal.locator(".reply .edit").click();
        personal.locator(".reply.editing textarea[name=text]").fill("We answer 8 to 8, every day.");
        personal.locator(".reply.editing button[type=submit]").click();
        assertThat(personal.locator(".reply .text")).hasText(new String[] {"We answer 8 to 8, every day."});
        assertThat(client().get("/api/v1/canned-replies", tenant.adminToken()).body().path("items").get(0)
                .path("text").asString()).isEqualTo("We answer 8 to 8, every day.");

        personal.locator(".reply .delete").click();
        assertThat(personal.locator(".reply .delete")).hasText("Really delete?");
        personal.locator(".reply .delete").click();
        assertThat(personal.locator(".canned-notice")).hasText("Deleted.");
        assertThat(personal.locator(".reply")).hasCount(0);
        assertThat(dialogs).isEmpty();
    }

    @Test
    void repliesKeptInTheBrowserMoveToTheServerAsPersonalOnes() {
        ConsolePage console = new ConsolePage(agentContext, parley());
        console.page.evaluate("localStorage.setItem('parley.canned', JSON.stringify([{shortcut: 'old', text: 'From the "
                + "browser'}, {shortcut: 'two words', text: 'Spaces become hyphens'}]))");
        console.signIn(tenant.adminEmail(), ADMIN_PASSWORD);

        JsonNode items = KnowledgeDesk.await(Duration.ofSeconds(10), () -> client().get("/api/v1/canned-replies",
                tenant.adminToken()).body().path("items"), found -> found.size() == 2);
        assertThat(items.valueStream().map(item -> item.path("scope").asString() + " /"
                + item.path("shortcut").asString())).containsExactly("PERSONAL /old", "PERSONAL /two-words");
        // the console forgets its copy once the server has answered every reply it moved, a moment after they are stored
        org.awaitility.Awaitility.await("the console forgets the replies it moved").atMost(Duration.ofSeconds(30))
                .until(() -> console.page.evaluate("localStorage.getItem('parley.canned')") == null);
    }

    private static Locator offered(ConsolePage console, String typed) {
        console.composer().fill("");
        console.composer().pressSequentially(typed);
        return console.pane().locator(".canned button");
    }
}
