package io.parley.webui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** A visitor on a customer's page with the widget: open the bubble, write, read what came back. */
final class WidgetPage {

    final Page page;

    WidgetPage(BrowserContext context, String url) {
        this.page = context.newPage();
        page.navigate(url);
        assertThat(launcher()).isVisible();
    }

    Locator launcher() {
        return page.locator("#parley-widget .launcher");
    }

    /** Playwright's CSS engine reaches into the widget's open shadow root. */
    Locator panel() {
        return page.locator("#parley-widget .panel");
    }

    WidgetPage open() {
        launcher().click();
        assertThat(panel()).isVisible();
        return this;
    }

    void write(String text) {
        Locator input = page.locator("#parley-widget textarea");
        input.fill(text);
        input.press("Enter");
    }

    /** Messages from the company's side, without the greeting. */
    Locator received() {
        return page.locator("#parley-widget .msg.them:not(.greeting) .text");
    }

    Locator sent() {
        return page.locator("#parley-widget .msg.me:not(.pending) .text");
    }

    Locator connected() {
        return page.locator("#parley-widget[data-connected=true]");
    }
}
