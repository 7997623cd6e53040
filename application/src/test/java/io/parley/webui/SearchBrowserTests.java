package io.parley.webui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.testing.ParleyClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Agents find conversations by the visitor's name, e-mail or words in a message, and see a visitor's earlier ones. */
class SearchBrowserTests extends BrowserTest {

    @Test
    void anAgentSearchesByNameEmailAndMessageAndOpensAnEarlierConversationFromTheSidebar() {
        ParleyClient http = client();
        String noor = visitorNamed(http, "Noor Haddad", "noor@example.com");
        String earlier = conversationWith(http, noor, "My blender arrived broken");
        assertThat(http.post("/api/v1/conversations/" + earlier + "/claim", tenant.adminToken(), Map.of()).status())
                .isIn(200, 204);
        assertThat(http.post("/api/v1/conversations/" + earlier + "/resolve", tenant.adminToken(), Map.of()).status())
                .isIn(200, 204);
        String latest = conversationWith(http, noor, "Still waiting for the replacement");
        String sam = visitorNamed(http, "Sam Lee", "sam@example.com");
        String toOslo = conversationWith(http, sam, "Do you ship to Oslo?");

        ConsolePage console = agent();
        var search = console.page.locator("nav input.search");
        var listed = console.page.locator(".list .conversation");
        assertThat(listed).hasCount(2);
        search.fill("oslo");
        assertThat(listed).hasCount(1);
        assertThat(listed.first()).hasAttribute("data-id", toOslo);
        search.fill("NOOR@example");
        assertThat(listed).hasCount(1);
        assertThat(listed.first()).hasAttribute("data-id", latest);
        search.fill("replacement");
        assertThat(listed).hasCount(1);

        listed.first().click();
        var previous = console.page.locator("parley-visitor-history .previous");
        assertThat(previous).hasCount(1);
        assertThat(previous.first()).hasAttribute("data-id", earlier);
        previous.first().click();
        assertThat(console.messages().first()).hasText("My blender arrived broken");
    }

    private String visitorNamed(ParleyClient http, String name, String email) {
        var session = http.postWithOrigin("/api/v1/widget/sessions", site.origin(),
                Map.of("widgetKey", tenant.widgetKey(), "name", name, "email", email));
        assertThat(session.status()).isEqualTo(201);
        return session.body().path("visitorToken").asString();
    }

    private String conversationWith(ParleyClient http, String visitorToken, String text) {
        var started = http.post("/api/v1/visitor/conversations", visitorToken, Map.of());
        assertThat(started.status()).isEqualTo(201);
        String id = started.body().path("id").asString();
        assertThat(http.post("/api/v1/visitor/conversations/" + id + "/messages", visitorToken,
                Map.of("clientMessageId", "c-" + id, "body", text)).status()).isEqualTo(201);
        return id;
    }
}
