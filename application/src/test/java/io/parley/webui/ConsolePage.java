package io.parley.webui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The agent console as a person uses it: sign in, pick a view and a conversation, write. */
final class ConsolePage {

    final Page page;

    ConsolePage(BrowserContext context, String parley) {
        this.page = context.newPage();
        page.navigate(parley + "/console");
    }

    ConsolePage signIn(String email, String password) {
        page.locator("input[name=email]").fill(email);
        page.locator("input[name=password]").fill(password);
        page.locator(".login button[type=submit]").click();
        assertThat(page.locator("nav .view").first()).isVisible();
        return this;
    }

    void view(String name) {
        page.locator("nav .view[data-view=" + name + "]").click();
    }

    /** Opens the only conversation listed in the current view once it shows up live. */
    void openConversation() {
        Locator item = page.locator(".list .conversation").first();
        assertThat(item).isVisible();
        item.click();
        assertThat(pane().locator("header")).isVisible();
    }

    /** Opens the listed conversation with this id (in a new tab, or shows its tab). */
    Locator openConversation(String id) {
        page.locator(".list .conversation[data-id='" + id + "']").click();
        assertThat(pane(id).locator("header")).isVisible();
        return pane(id);
    }

    /** The pane of the focused open conversation. */
    Locator pane() {
        return page.locator("parley-conversation.focused");
    }

    Locator pane(String conversationId) {
        return page.locator("parley-conversation[data-id='" + conversationId + "']");
    }

    Locator tab(String conversationId) {
        return page.locator("parley-desk .tab[data-id='" + conversationId + "']");
    }

    Locator messages() {
        return pane().locator(".message .body");
    }

    Locator composer() {
        return pane().locator("textarea");
    }

    void reply(String text) {
        pane().locator(".mode-reply").click();
        composer().fill(text);
        composer().press("Enter");
    }

    void note(String text) {
        pane().locator(".mode-note").click();
        composer().fill(text);
        composer().press("Enter");
    }
}
