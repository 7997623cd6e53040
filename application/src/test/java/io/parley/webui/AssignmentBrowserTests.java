package io.parley.webui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.SelectOption;
import io.parley.agent.Role;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "Assign to…" lists colleagues added while the console is open; agents move the conversations they hold. */
class AssignmentBrowserTests extends BrowserTest {

    @Test
    void aColleagueAddedWhileTheConsoleIsOpenCanBePickedWithoutAReload() {
        Visit visit = visit(null, "Who can help me?");
        ConsolePage console = agent();
        Locator pane = console.openConversation(visit.conversationId());
        pane.locator(".claim").click();
        Locator options = pane.locator("select.assign option");
        assertThat(options.first()).isAttached();
        assertThat(options.filter(new Locator.FilterOptions().setHasText("Newcomer Nia"))).hasCount(0);

        var added = client().post("/api/v1/agents", tenant.adminToken(), Map.of("email",
                "nia-" + tenant.inboxId() + "@parley.test", "displayName", "Newcomer Nia", "role", "AGENT",
                "password", "long-enough-password"));
        assertThat(added.status()).isEqualTo(201);

        assertThat(options.filter(new Locator.FilterOptions().setHasText("Newcomer Nia"))).hasCount(1);
        assertThat(console.page.locator("parley-team li.member .name").filter(
                new Locator.FilterOptions().setHasText("Newcomer Nia"))).hasCount(1);
        pane.locator("select.assign").selectOption(new SelectOption().setLabel("Newcomer Nia"));
        assertThat(console.page.locator("nav .view[data-view=mine] .count")).hasText("1");
        pane.locator(".transfer").click();
        assertThat(pane.locator(".transfer")).hasCount(0);
        assertThat(console.page.locator("nav .view[data-view=mine] .count")).hasText("0");
        assertThat(client().get("/api/v1/conversations/" + visit.conversationId(), tenant.adminToken()).body()
                .path("assignee").asString()).isEqualTo(added.body().path("id").asString());
    }

    @Test
    void anAgentInChineseUnassignsAndTransfersTheConversationTheyHold() {
        String email = registerAgent(tenant, Role.AGENT, "Xiao Wang");
        String adminId = client().get("/api/v1/auth/me", tenant.adminToken()).body().path("id").asString();
        Visit visit = visit(null, "你好");
        agentContext.close();
        agentContext = context("zh-CN");
        ConsolePage console = new ConsolePage(agentContext, parley()).signIn(email, ADMIN_PASSWORD);
        Locator pane = console.openConversation(visit.conversationId());
        pane.locator(".claim").click();
        assertThat(console.page.locator("nav .view[data-view=mine] .count")).hasText("1");

        pane.locator(".unassign").click();

        assertThat(pane.locator("header .status")).hasText("等待中");
        assertThat(console.page.locator("nav .view[data-view=mine] .count")).hasText("0");
        assertThat(pane.locator(".unassign")).hasCount(0);
        assertThat(pane.locator("select.assign")).hasCount(0);

        pane.locator(".claim").click();
        assertThat(pane.locator(".unassign")).hasText("取消分配");
        assertThat(console.page.locator("nav .view[data-view=mine] .count")).hasText("1");
        pane.locator("select.assign").selectOption(new SelectOption().setLabel("Admin " + tenant.adminEmail()
                .substring("admin-".length(), "admin-".length() + 8)));
        pane.locator(".transfer").click();

        assertThat(pane.locator("select.assign")).hasCount(0);
        assertThat(console.page.locator("nav .view[data-view=mine] .count")).hasText("0");
        assertThat(pane.locator(".claim")).hasCount(0);
        assertThat(pane.locator(".alerts .failure")).isEmpty();
        assertThat(client().get("/api/v1/conversations/" + visit.conversationId(), tenant.adminToken()).body()
                .path("assignee").asString()).isEqualTo(adminId);
        assertThat(dialogs).isEmpty();
    }
}
