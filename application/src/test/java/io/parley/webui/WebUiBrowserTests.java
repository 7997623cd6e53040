package io.parley.webui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.parley.shared.WorkspaceId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The demo page, languages, the phone layout, administration, and what the widget costs a host page. */
class WebUiBrowserTests extends BrowserTest {

    @Test
    void theDemoPageEmbedsTheWidgetAndItSaysSoWhenThePageIsNotAnAllowedOrigin() {
        // the first workspace allows only https://shop.example.com in these tests, not Parley's own origin
        WidgetPage demo = new WidgetPage(visitorContext, parley() + "/demo").open();

        assertThat(demo.page.locator("#parley-widget .status")).hasText("Chat is not available on this page.");
        assertThat(demo.connected()).hasCount(0);
    }

    @Test
    void theConsoleSwitchesBetweenChineseAndEnglishAndTheWidgetFollowsTheBrowser() {
        ConsolePage console = new ConsolePage(agentContext, parley());
        assertThat(console.page.locator(".login button[type=submit]")).hasText("Sign in");
        console.page.locator(".login select.lang").selectOption("zh-CN");
        assertThat(console.page.locator(".login button[type=submit]")).hasText("登录");
        console.signIn(tenant.adminEmail(), ADMIN_PASSWORD);
        assertThat(console.page.locator("nav .view[data-view=unassigned]")).containsText("未分配");
        console.page.locator("header select.lang").selectOption("en");
        assertThat(console.page.locator("nav .view[data-view=unassigned]")).containsText("Unassigned");

        BrowserContext chinese = context("zh-CN");
        try {
            WidgetPage widget = new WidgetPage(chinese, site.page("/zh", "Shop", parley(), tenant.widgetKey(), ""))
                    .open();
            assertThat(widget.page.locator("#parley-widget header b")).hasText("在线咨询");
            widget.page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("widget-zh-CN.png")));
        } finally {
            chinese.close();
        }
        WidgetPage english = visitor("/en").open();
        assertThat(english.page.locator("#parley-widget header b")).hasText("Chat with us");
    }

    @Test
    void onAPhoneThePanelFillsTheScreen() {
        visitorContext.close();
        visitorContext = chromium.browser.newContext(new Browser.NewContextOptions().setLocale("en-US")
                .setViewportSize(390, 760).setIsMobile(true).setHasTouch(true));
        WidgetPage widget = visitor("/phone").open();

        var box = widget.panel().boundingBox();
        assertThat(box.width).isEqualTo(390.0);
        assertThat(box.height).isEqualTo(760.0);
        widget.page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("widget-mobile.png")));
    }

    @Test
    void anAdminFindsTheSnippetAndChangesTheAllowedOrigins() {
        ConsolePage console = agent();
        console.page.locator("header .settings").click();

        assertThat(console.page.locator("parley-admin .snippet").first())
                .containsText("data-parley=\"" + tenant.widgetKey() + "\"");
        var origins = console.page.locator("parley-admin .origins textarea");
        assertThat(origins).hasValue(Pattern.compile(".*" + site.origin().replace(".", "\\.") + ".*", Pattern.DOTALL));
        origins.fill(site.origin() + "\nhttps://new-shop.example.com");
        console.page.locator("parley-admin .origins button[type=submit]").click();
        assertThat(console.page.locator("parley-admin .notice")).hasText("Saved.");

        assertThat(workspaces.get(WorkspaceId.parse(tenant.workspaceId())).allowedOrigins())
                .containsExactlyInAnyOrder(site.origin(), "https://new-shop.example.com");
        console.page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("console-settings.png")));
    }

    @Test
    void anAdminSetsTheHostsTheBotsAnswersMayLinkTo() {
        ConsolePage console = agent();
        console.page.locator("header .settings").click();
        var hosts = console.page.locator("parley-admin .link-hosts textarea");
        var save = console.page.locator("parley-admin .link-hosts button[type=submit]");

        hosts.fill("https://not-a-host.example.com/path");
        save.click();
        assertThat(console.page.locator("parley-admin .notice")).containsText("is not a host name");

        hosts.fill("help.example.com\n*.Example.NET");
        save.click();
        assertThat(console.page.locator("parley-admin .notice")).hasText("Saved.");
        assertThat(workspaces.get(WorkspaceId.parse(tenant.workspaceId())).allowedLinkHosts())
                .containsExactly("*.example.net", "help.example.com");
        assertThat(hosts).hasValue("*.example.net\nhelp.example.com");
    }

    @Test
    void theHostPageLoadsAtMostSixtyKilobytesGzippedBeforeThePanelOpens() {
        Page page = visitorContext.newPage();
        Map<String, Integer> gzipped = new ConcurrentHashMap<>();
        page.onResponse(response -> {
            if (response.url().startsWith(parley()) && response.request().resourceType().equals("script")) {
                gzipped.put(response.url(), gzip(response.body()));
            }
        });
        page.navigate(site.page("/size", "Shop", parley(), tenant.widgetKey(), ""));
        assertThat(page.locator("#parley-widget[data-connected=true]")).hasCount(1);

        int total = gzipped.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("widget code loaded before the panel opens: %s, %d bytes gzipped%n", gzipped, total);
        assertThat(gzipped).containsOnlyKeys(parley() + "/widget.js");
        assertThat(total).isLessThanOrEqualTo(60 * 1024);
    }

    private static int gzip(byte[] body) {
        var out = new ByteArrayOutputStream();
        try (var zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }
}
