package io.parley.webui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.parley.shared.WorkspaceId;
import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.Tenant;
import io.parley.workspace.UpdateWorkspace;
import io.parley.testing.ParleyClient;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the browser tests: the widget on a customer's page of another origin and the agent console, in a real
 * headless chromium. Each test gets a fresh tenant that allows the customer's site, and two browser contexts (the
 * agent's and the visitor's); a script dialog anywhere is recorded. Screenshots go to target/screenshots.
 */
abstract class BrowserTest extends ParleyIntegrationTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static Chromium chromium;
    static HostSite site;

    final List<String> dialogs = new CopyOnWriteArrayList<>();
    Tenant tenant;
    BrowserContext agentContext;
    BrowserContext visitorContext;

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

    BrowserContext context(String locale) {
        BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setLocale(locale)
                .setViewportSize(1280, 800));
        context.onPage(page -> page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        }));
        return context;
    }

    String parley() {
        return "http://127.0.0.1:" + port;
    }

    WidgetPage visitor(String path) {
        return new WidgetPage(visitorContext, site.page(path, "Shop", parley(), tenant.widgetKey(), ""));
    }

    ConsolePage agent() {
        return new ConsolePage(agentContext, parley()).signIn(tenant.adminEmail(), ADMIN_PASSWORD);
    }

    /** A visitor who came through the site (named, when a name is given) and wrote once, over REST. */
    Visit visit(String name, String firstMessage) {
        ParleyClient http = client();
        var session = http.postWithOrigin("/api/v1/widget/sessions", site.origin(), name == null
                ? Map.of("widgetKey", tenant.widgetKey()) : Map.of("widgetKey", tenant.widgetKey(), "name", name));
        assertThat(session.status()).isEqualTo(201);
        String token = session.body().path("visitorToken").asString();
        var started = http.post("/api/v1/visitor/conversations", token, Map.of());
        assertThat(started.status()).isEqualTo(201);
        var visit = new Visit(token, started.body().path("id").asString());
        say(visit, firstMessage);
        return visit;
    }

    void say(Visit visit, String text) {
        var posted = client().post("/api/v1/visitor/conversations/" + visit.conversationId() + "/messages",
                visit.token(), Map.of("clientMessageId", "v-" + UUID.randomUUID(), "body", text));
        assertThat(posted.status()).as(posted.body().toString()).isEqualTo(201);
    }

    record Visit(String token, String conversationId) {}
}
