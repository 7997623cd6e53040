package io.parley.webui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Swagger UI works under its Content-Security-Policy: it lists the API and the browser blocks nothing of it. */
class SwaggerUiBrowserTests extends BrowserTest {

    @Test
    void rendersTheApiUnderItsPolicyWithoutViolations() {
        List<String> errors = new CopyOnWriteArrayList<>();
        var page = agentContext.newPage();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                errors.add(message.text());
            }
        });
        page.onPageError(errors::add);

        page.navigate(parley() + "/swagger-ui/index.html");

        try {
            // the first OpenAPI document is generated on demand, which takes a while on a busy machine
            assertThat(page.locator(".opblock-summary-path").first())
                    .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(90_000));
        } catch (AssertionError e) {
            throw new AssertionError("Swagger UI shows no operation; the browser said: " + errors + "; page: "
                    + page.content().substring(0, Math.min(2000, page.content().length())), e);
        }
        assertThat(page.locator(".opblock-summary-path[data-path='/api/v1/auth/login']")).isVisible();
        assertThat(errors).as("console errors (a blocked script or style shows here)")
                .noneMatch(text -> text.contains("Content Security Policy") || text.contains("Refused to"));
        assertThat(page.locator(".information-container .title")).containsText("Parley REST API");
    }
}
