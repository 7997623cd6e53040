package io.parley.webui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * After a resolve the widget asks the visitor for a rating (1 to 5 stars and a comment); the agent sees it on the
 * conversation. The visitor may change it.
 */
class RatingBrowserTests extends BrowserTest {

    @Test
    void theVisitorRatesTheResolvedConversationAndTheAgentSeesIt() {
        WidgetPage widget = visitor("/rating").open();
        widget.write("My parcel is late");
        ConsolePage console = agent();
        console.view("unassigned");
        console.openConversation();
        console.reply("It arrives tomorrow");
        assertThat(widget.received()).hasText(new String[] {"It arrives tomorrow"});
        console.pane().locator("button.resolve").click();

        Locator rating = widget.page.locator("#parley-widget .rating");
        assertThat(rating.locator(".ask")).hasText("How did we do?");
        assertThat(rating.locator("button.send")).isDisabled();
        rating.locator("button.star[data-score='4']").click();
        assertThat(rating.locator("button.star.on")).hasCount(4);
        rating.locator("input.comment").fill("Quick <b>answer</b>");
        rating.locator("button.send").click();
        assertThat(rating.locator(".thanks")).hasText("Thanks for your rating: ★★★★☆");
        widget.page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("widget-rating.png")));

        String conversation = client().get("/api/v1/conversations?status=RESOLVED", tenant.adminToken()).body()
                .path("items").path(0).path("id").asString();
        console.page.reload();
        console.view("resolved");
        console.openConversation();
        Locator shown = console.pane().locator(".rating");
        assertThat(shown.locator(".stars")).hasText("★★★★☆");
        assertThat(shown.locator(".rating-comment")).hasText("Quick <b>answer</b>");
        assertThat(shown.locator("b")).hasCount(0);

        // the visitor changes it; a reload of the widget shows the rating given
        widget.page.reload();
        widget.open();
        rating = widget.page.locator("#parley-widget .rating");
        assertThat(rating.locator(".thanks")).containsText("★★★★☆");
        rating.locator("button.change").click();
        rating.locator("button.star[data-score='5']").click();
        rating.locator("button.send").click();
        assertThat(rating.locator(".thanks")).hasText("Thanks for your rating: ★★★★★");
        assertThat(client().get("/api/v1/conversations/" + conversation + "/rating", tenant.adminToken()).body()
                .path("score").asInt()).isEqualTo(5);
        assertThat(dialogs).isEmpty();
    }

    @Test
    void inChineseTheWidgetAsksForARatingInChinese() {
        BrowserContext chinese = context("zh-CN");
        try {
            WidgetPage widget = new WidgetPage(chinese, site.page("/zh-rating", "Shop", parley(),
                    tenant.widgetKey(), "")).open();
            widget.write("我的包裹还没到");
            ConsolePage console = agent();
            console.view("unassigned");
            console.openConversation();
            console.reply("明天送到");
            console.pane().locator("button.resolve").click();
            Locator rating = widget.page.locator("#parley-widget .rating");
            assertThat(rating.locator(".ask")).hasText("请为本次服务评分");
            assertThat(rating.locator("button.star[data-score='3']")).hasAttribute("aria-label", "3 星");
            rating.locator("button.star[data-score='3']").click();
            rating.locator("button.send").click();
            assertThat(rating.locator(".thanks")).hasText("感谢您的评价： ★★★☆☆");
        } finally {
            chinese.close();
        }
    }
}
