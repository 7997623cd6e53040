package io.parley.webui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.parley.shared.WorkspaceId;
import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.Tenant;
import io.parley.workspace.UpdateWorkspace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The widget on a customer's page of another origin and the agent console, in a real headless chromium. Screenshots
 * go to target/screenshots.
 */
class WidgetAndConsoleBrowserTests extends ParleyIntegrationTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static Chromium chromium;
    private static HostSite site;

    private final List<String> dialogs = new CopyOnWriteArrayList<>();
    private Tenant tenant;
    private BrowserContext agentContext;
    private BrowserContext visitorContext;

    @BeforeAll
    static void browser() {
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        chromium = Chromium.launch();
        site = new HostSite();
    }

    @AfterAll
    static void closeBrowser() {
        if (site != null) {
            site.close();
        }
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void tenantAllowingTheSite() {
        tenant = newTenant();
        workspaces.update(new UpdateWorkspace(WorkspaceId.parse(tenant.workspaceId()), null,
                List.of(tenant.origin(), site.origin())));
        agentContext = context("en-US");
        visitorContext = context("en-US");
    }

    @AfterEach
    void closeContexts() {
        agentContext.close();
        visitorContext.close();
    }

    private BrowserContext context(String locale) {
        BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setLocale(locale)
                .setViewportSize(1280, 800));
        context.onPage(page -> page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        }));
        return context;
    }

    private String parley() {
        return "http://127.0.0.1:" + port;
    }

    private WidgetPage visitor(String path) {
        return new WidgetPage(visitorContext, site.page(path, "Shop", parley(), tenant.widgetKey(), ""));
    }

    private ConsolePage agent() {
        return new ConsolePage(agentContext, parley()).signIn(tenant.adminEmail(), ADMIN_PASSWORD);
    }

    @Test
    void aVisitorOnAnotherOriginAndAnAgentInTheConsoleChatBothWaysLive() {
        ConsolePage console = agent();
        WidgetPage widget = new WidgetPage(visitorContext, site.page("/chat-both-ways", "Shop", parley(),
                tenant.widgetKey(), "data-visitor-name=\"Mei Lin\" data-visitor-email=\"mei@example.com\"")).open();

        widget.write("Hello, is my order on its way?");
        assertThat(widget.sent()).hasText("Hello, is my order on its way?");

        console.openConversation();
        assertThat(console.messages()).hasText(new String[] {"Hello, is my order on its way?"});
        assertThat(console.page.locator("parley-conversation header .visitor-name")).hasText("Mei Lin");
        assertThat(console.page.locator("parley-conversation aside .email")).hasText("mei@example.com");
        assertThat(console.page.locator("parley-conversation aside .page-url")).hasText(site.origin() + "/chat-both-ways");
        assertThat(console.page.locator("parley-conversation aside .browser")).containsText("Chrome");
        assertThat(console.page.locator("nav .view[data-view=mine] .count")).hasText("0");
        console.page.locator("parley-conversation .claim").click();
        assertThat(console.page.locator("nav .view[data-view=mine] .count")).hasText("1");
        assertThat(widget.page.locator("#parley-widget .msg.me .seen")).hasText("Seen");

        widget.page.locator("#parley-widget textarea").pressSequentially("And");
        assertThat(console.page.locator("parley-conversation .typing")).hasText("Visitor is typing…");
        console.composer().pressSequentially("Let me");
        assertThat(widget.page.locator("#parley-widget .typing")).hasText("Agent typing…");
        console.reply("Yes, it ships **today**.");

        assertThat(widget.received()).hasText(new String[] {"Yes, it ships today."});
        assertThat(widget.page.locator("#parley-widget .msg.them strong")).hasText("today");
        widget.page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("widget.png")));
        console.view("mine");
        assertThat(console.page.locator(".list .conversation")).hasCount(1);
        console.page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("console.png")));
        assertThat(dialogs).isEmpty();
    }

    @Test
    void theDemoPageEmbedsTheWidgetAndItSaysSoWhenThePageIsNotAnAllowedOrigin() {
        // the first workspace allows only https://shop.example.com in these tests, not Parley's own origin
        WidgetPage demo = new WidgetPage(visitorContext, parley() + "/demo").open();

        assertThat(demo.page.locator("#parley-widget .status")).hasText("Chat is not available on this page.");
        assertThat(demo.connected()).hasCount(0);
    }

    @Test
    void whileThePanelIsClosedTheLauncherCountsUnreadReplies() {
        ConsolePage console = agent();
        WidgetPage widget = visitor("/unread").open();
        widget.write("Anyone there?");
        console.openConversation();
        widget.page.locator("#parley-widget .close").click();

        console.reply("Yes!");
        console.reply("How can I help?");
        assertThat(widget.page.locator("#parley-widget .badge")).hasText("2");
        widget.open();
        assertThat(widget.page.locator("#parley-widget .badge")).isHidden();
        assertThat(widget.received()).hasText(new String[] {"Yes!", "How can I help?"});
    }

    @Test
    void messagesSentWhileTheVisitorIsOfflineArriveOnceAndInOrderAfterReconnecting() {
        ConsolePage console = agent();
        WidgetPage widget = visitor("/offline").open();
        widget.write("I am on a train");
        console.openConversation();
        assertThat(console.messages()).hasText(new String[] {"I am on a train"});
        assertThat(widget.connected()).hasCount(1);

        visitorContext.setOffline(true);
        assertThat(widget.connected()).hasCount(0);
        console.reply("First");
        console.reply("Second");
        console.reply("Third");
        assertThat(console.messages()).hasText(new String[] {"I am on a train", "First", "Second", "Third"});
        visitorContext.setOffline(false);

        assertThat(widget.connected()).hasCount(1);
        assertThat(widget.received()).hasText(new String[] {"First", "Second", "Third"});
        widget.page.waitForTimeout(1_000); // a late duplicate would show up here
        assertThat(widget.received()).hasText(new String[] {"First", "Second", "Third"});
    }

    @Test
    void scriptInNamesMessagesAndTitlesStaysText() {
        String payload = "<img src=x onerror=\"alert('message')\"><script>alert('script')</script>";
        String url = site.page("/hostile", "&lt;script&gt;alert('title')&lt;/script&gt;", parley(),
                tenant.widgetKey(), "data-visitor-name=\"&lt;img src=x onerror=alert('name')&gt;\"");
        ConsolePage console = agent();
        WidgetPage widget = new WidgetPage(visitorContext, url).open();

        widget.write(payload);
        assertThat(widget.sent()).hasText(payload);
        console.openConversation();
        assertThat(console.messages()).hasText(new String[] {payload});
        console.reply("You wrote: " + payload);
        assertThat(widget.received()).hasText(new String[] {"You wrote: " + payload});

        assertThat(widget.page.locator("#parley-widget .msg img, #parley-widget .msg script")).hasCount(0);
        assertThat(console.page.locator("parley-conversation aside .name")).hasText("<img src=x onerror=alert('name')>");
        assertThat(console.page.locator("parley-conversation aside .page-title"))
                .hasText("<script>alert('title')</script>");
        assertThat(console.page.locator("parley-conversation header .visitor-name"))
                .hasText("<img src=x onerror=alert('name')>");
        assertThat(console.page.locator("parley-conversation img, parley-conversation script")).hasCount(0);
        widget.page.waitForTimeout(500);
        assertThat(dialogs).isEmpty();
    }

    @Test
    void aCannedReplyIsInsertedWithSlashAndAnInternalNoteNeverReachesTheWidget() {
        ConsolePage console = agent();
        WidgetPage widget = visitor("/notes").open();
        widget.write("Can you check my invoice?");
        console.openConversation();

        console.note("Customer since 2019; refund approved");
        assertThat(console.page.locator("parley-conversation .message.note .body"))
                .hasText("Customer since 2019; refund approved");
        console.page.locator("parley-conversation .mode-reply").click();
        console.composer().pressSequentially("/tha");
        assertThat(console.page.locator("parley-conversation .canned button").first()).containsText("/thanks");
        console.composer().press("Enter");
        assertThat(console.composer()).hasValue("Thank you for your patience, I am looking into it now.");
        console.composer().press("Enter");

        assertThat(widget.received()).hasText(new String[] {"Thank you for your patience, I am looking into it now."});
        widget.page.reload();
        new WidgetPage(visitorContext, widget.page.url());
        WidgetPage reloaded = new WidgetPage(visitorContext, widget.page.url()).open();
        assertThat(reloaded.received()).hasText(new String[] {"Thank you for your patience, I am looking into it now."});
        assertThat(reloaded.page.locator("#parley-widget")).not().containsText("refund approved");
        assertThat(widget.page.locator("#parley-widget")).not().containsText("refund approved");
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
