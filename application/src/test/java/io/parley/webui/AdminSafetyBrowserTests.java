package io.parley.webui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import io.parley.agent.Role;
import org.junit.jupiter.api.Test;

/** Disabling an agent asks first, the last admin stays, and a disabled agent learns why they cannot sign in. */
class AdminSafetyBrowserTests extends BrowserTest {

    @Test
    void disablingAsksFirstAndTheDisabledAgentIsToldSoOnlyWithTheRightPassword() {
        String email = registerAgent(tenant, Role.AGENT, "Dora Disabled");
        ConsolePage admin = agent();
        admin.page.locator("header .settings").click();
        Locator row = admin.page.locator("parley-admin tr").filter(new Locator.FilterOptions().setHasText(email));
        assertThat(row.locator("td.role")).hasText("Agent");

        row.locator("button.toggle").click();
        assertThat(row.locator(".confirm")).containsText("signed out at once");
        row.locator("button.cancel").click();
        assertThat(row).not().hasClass("disabled");
        row.locator("button.toggle").click();
        row.locator("button.confirm-disable").click();
        assertThat(row).hasClass("disabled");
        assertThat(row.locator("button.toggle")).hasText("Enable");

        BrowserContext other = context("en-US");
        try {
            ConsolePage dora = new ConsolePage(other, parley());
            tryToSignIn(dora, email, "not-her-password");
            assertThat(dora.page.locator(".login .failure")).hasText("Wrong email or password.");
            tryToSignIn(dora, email, ADMIN_PASSWORD);
            assertThat(dora.page.locator(".login .failure")).hasText(
                    "This account is disabled. Ask an administrator of your workspace to enable it.");
        } finally {
            other.close();
        }
        assertThat(dialogs).isEmpty();
    }

    @Test
    void inChineseTheLastAdminIsKeptAndRolesAndRefusalsReadInChinese() {
        String email = registerAgent(tenant, Role.SUPERVISOR, "Zhu Guan");
        agentContext.close();
        agentContext = context("zh-CN");
        ConsolePage admin = agent();
        admin.page.locator("header .settings").click();
        Locator mine = admin.page.locator("parley-admin tr").filter(new Locator.FilterOptions()
                .setHasText(tenant.adminEmail()));
        assertThat(mine.locator("td.role")).hasText("管理员");
        assertThat(admin.page.locator("parley-admin tr").filter(new Locator.FilterOptions().setHasText(email))
                .locator("td.role")).hasText("主管");
        assertThat(admin.page.locator("parley-admin select[name=role] option")).hasText(
                new String[] {"客服", "主管", "管理员"});

        mine.locator("button.toggle").click();
        mine.locator("button.confirm-disable").click();

        assertThat(admin.page.locator("parley-admin .notice")).hasText(
                "操作失败：这是工作区最后一位启用中的管理员。请先把另一位客服设为管理员。");
        assertThat(mine).not().hasClass("disabled");
        assertThat(client().get("/api/v1/auth/me", tenant.adminToken()).status()).isEqualTo(200);

        BrowserContext other = context("zh-CN");
        try {
            String id = client().get("/api/v1/auth/me", client().login(email, ADMIN_PASSWORD)).body().path("id").asString();
            client().patch("/api/v1/agents/" + id, tenant.adminToken(), java.util.Map.of("enabled", false));
            ConsolePage zhu = new ConsolePage(other, parley());
            tryToSignIn(zhu, email, ADMIN_PASSWORD);
            assertThat(zhu.page.locator(".login .failure")).hasText("此账号已被停用，请联系工作区管理员启用。");
        } finally {
            other.close();
        }
    }

    @Test
    void aClientLockedOutForWrongPasswordsIsToldToWaitInEnglishAndChinese() {
        for (String locale : new String[] {"en-US", "zh-CN"}) {
            String email = registerAgent(tenant, Role.AGENT, "Wendy Wrong");
            var wrong = java.util.Map.of("email", email, "password", "not-the-password");
            assertThat(client().post("/api/v1/auth/login", null, wrong).status()).isEqualTo(401);
            int attempts = 1;
            while (client().post("/api/v1/auth/login", null, wrong).status() != 429) {
                assertThat(++attempts).as("locked after parley.security.max-failed-sign-ins").isLessThan(10);
            }
            BrowserContext other = context(locale);
            try {
                ConsolePage wendy = new ConsolePage(other, parley());
                tryToSignIn(wendy, email, ADMIN_PASSWORD);
                assertThat(wendy.page.locator(".login .failure")).hasText(locale.equals("en-US")
                        ? "Too many failed sign-ins from here. Wait a few minutes, then try again."
                        : "此处登录失败次数过多，请等几分钟再试。");
            } finally {
                other.close();
            }
        }
    }

    private static void tryToSignIn(ConsolePage console, String email, String password) {
        console.page.locator("input[name=email]").fill(email);
        console.page.locator("input[name=password]").fill(password);
        console.page.locator(".login button[type=submit]").click();
    }
}
