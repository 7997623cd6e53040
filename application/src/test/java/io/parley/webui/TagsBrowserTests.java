package io.parley.webui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.testing.ParleyClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Agents tag conversations in the sidebar and list them by tag with "#tag" in the search box. */
class TagsBrowserTests extends BrowserTest {

    @Test
    void anAgentTagsAConversationFindsItByTagAndRemovesTheTag() {
        ParleyClient http = client();
        String tagged = conversation(http, "The parcel never came");
        conversation(http, "Opening hours?");

        ConsolePage console = agent();
        var listed = console.page.locator(".list .conversation");
        assertThat(listed).hasCount(2);
        console.page.locator(".list .conversation[data-id='" + tagged + "']").click();
        var tags = console.page.locator("parley-conversation-tags");
        tags.locator("input[name=tag]").fill("Lost Parcel");
        tags.locator("input[name=tag]").press("Enter");
        assertThat(tags.locator(".tag")).containsText("lost parcel");
        tags.locator("input[name=tag]").fill("<img src=x onerror=alert(1)>");
        tags.locator("input[name=tag]").press("Enter");
        assertThat(tags.locator(".failure")).containsText("a tag has 1 to 32");
        assertThat(tags.locator(".tag span")).hasText(new String[] {"lost parcel"});

        console.page.locator("nav input.search").fill("#lost parcel");
        assertThat(listed).hasCount(1);
        assertThat(listed.first()).hasAttribute("data-id", tagged);

        tags.locator(".tag .remove").click();
        assertThat(tags.locator(".tag")).hasCount(0);
        assertThat(dialogs).isEmpty();
    }

    private String conversation(ParleyClient http, String text) {
        var session = http.postWithOrigin("/api/v1/widget/sessions", site.origin(), Map.of("widgetKey", tenant.widgetKey()));
        String token = session.body().path("visitorToken").asString();
        var started = http.post("/api/v1/visitor/conversations", token, Map.of());
        assertThat(started.status()).isEqualTo(201);
        String id = started.body().path("id").asString();
        http.post("/api/v1/visitor/conversations/" + id + "/messages", token, Map.of("clientMessageId", "c-1", "body", text));
        return id;
    }
}
