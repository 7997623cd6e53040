package io.parley.webui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.parley.shared.WorkspaceId;
import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.Tenant;
import io.parley.workspace.UpdateWorkspace;
import java.nio.file.Path;
import java.util.List;
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
}
