package io.parley.webui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.parley.shared.WorkspaceId;
import io.parley.workspace.UpdateWorkspace;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * On a page whose origin the workspace does not allow, the widget turns its composer off; an admin sees the page's
 * origin under Settings and allows it with one click, after which the widget chats. A workspace allowing every
 * origin gets a warning.
 */
class RefusedPageBrowserTests extends BrowserTest {

    @Test
    void aRefusedPageDisablesTheComposerAndTheAdminAllowsItsOriginWithOneClick() {
        workspaces.update(new UpdateWorkspace(WorkspaceId.parse(tenant.workspaceId()), null, List.of(tenant.origin())));
        WidgetPage widget = visitor("/not-allowed").open();
        assertThat(widget.page.locator("#parley-widget .status")).hasText("Chat is not available on this page.");
        assertThat(widget.page.locator("#parley-widget textarea")).isDisabled();
        assertThat(widget.page.locator("#parley-widget form:not(.prechat) button[type=submit]")).isDisabled();
        assertThat(widget.page.locator("#parley-widget .msg.pending")).hasCount(0);

        ConsolePage console = agent();
        console.page.locator("header .settings").click();
        Locator refused = console.page.locator("parley-refused-origins li[data-origin='" + site.origin() + "']");
        assertThat(refused).containsText(site.origin());
        assertThat(refused).containsText("1 times");
        assertThat(console.page.locator("parley-refused-origins .wildcard")).hasCount(0);
        console.page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("console-refused-origins.png")));
        refused.locator("button.allow").click();
        assertThat(console.page.locator("parley-refused-origins .ro-notice")).hasText("Allowed: " + site.origin());
        assertThat(refused).hasCount(0);
        // JavaScript reads the pattern: no \\Q...\\E quoting there
        assertThat(console.page.locator("parley-admin .origins textarea")).hasValue(
                Pattern.compile(site.origin().replace(".", "\\.")));
        assertThat(workspaces.get(WorkspaceId.parse(tenant.workspaceId())).allowedOrigins())
                .containsExactlyInAnyOrder(tenant.origin(), site.origin());

        widget.page.reload();
        widget.open();
        assertThat(widget.connected()).hasCount(1);
        assertThat(widget.page.locator("#parley-widget textarea")).isEnabled();
    }

    @Test
    void inChineseTheRefusedPageAndTheAdminsListSpeakChinese() {
        workspaces.update(new UpdateWorkspace(WorkspaceId.parse(tenant.workspaceId()), null, List.of("*")));
        BrowserContext chinese = context("zh-CN");
        try {
            ConsolePage console = new ConsolePage(chinese, parley());
            console.page.locator(".login select.lang").selectOption("zh-CN");
            console.signIn(tenant.adminEmail(), ADMIN_PASSWORD);
            console.page.locator("header .settings").click();
            assertThat(console.page.locator("parley-refused-origins .wildcard")).containsText("此工作区允许所有来源");

            workspaces.update(new UpdateWorkspace(WorkspaceId.parse(tenant.workspaceId()), null,
                    List.of(tenant.origin())));
            WidgetPage widget = new WidgetPage(chinese, site.page("/zh-refused", "Shop", parley(), tenant.widgetKey(),
                    "")).open();
            assertThat(widget.page.locator("#parley-widget .status")).hasText("此页面无法使用在线咨询。");
            assertThat(widget.page.locator("#parley-widget textarea")).isDisabled();

            console.page.reload();
            console.page.locator("header .settings").click();
            Locator refused = console.page.locator("parley-refused-origins li[data-origin='" + site.origin() + "']");
            assertThat(refused).containsText("1 次");
            assertThat(refused.locator("button.allow")).hasText("允许");
            assertThat(console.page.locator("parley-refused-origins .wildcard")).hasCount(0);
        } finally {
            chinese.close();
        }
    }

    @Test
    void aWorkspaceAllowingEveryOriginIsWarnedInEnglish() {
        workspaces.update(new UpdateWorkspace(WorkspaceId.parse(tenant.workspaceId()), null, List.of("*")));
        ConsolePage console = agent();
        console.page.locator("header .settings").click();
        assertThat(console.page.locator("parley-refused-origins .wildcard"))
                .containsText("This workspace allows every origin (*)");
    }
}
