package io.parley.webui;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.testing.ParleyIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The security headers of the pages and scripts the web UI serves. */
class WebUiHeadersTests extends ParleyIntegrationTest {

    private HttpResponse<String> get(String path) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void theConsoleHasAStrictPolicyAndCannotBeFramed() throws Exception {
        var response = get("/console");

        assertThat(response.statusCode()).isEqualTo(200);
        String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'none'", "script-src 'self' 'sha256-", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).isPresent();
        assertThat(response.body()).contains("<script type=\"importmap\">");
    }

    @Test
    void theDemoPageEmbedsTheFirstWorkspacesWidgetUnderAStrictPolicy() throws Exception {
        var response = get("/demo");

        String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("script-src 'self'").doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(response.body()).containsPattern("<script src=\"/widget.js\" data-parley=\"wk_[0-9a-f]+\" async>");
    }

    @Test
    void theWidgetScriptMayBeLoadedByAnyOriginButNotSniffed() throws Exception {
        var response = get("/widget.js");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).contains("javascript");
        assertThat(response.headers().firstValue("Cross-Origin-Resource-Policy")).hasValue("cross-origin");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void everyAnswerOfTheHttpPortCarriesTheSameSecurityHeaders() throws Exception {
        for (String path : new String[] {"/api/v1/conversations", "/api/v1/no-such-thing", "/v3/api-docs",
                "/actuator/health", "/widget.js", "/no-such-page", "/swagger-ui/index.html"}) {
            var response = get(path);
            var headers = response.headers();
            assertThat(headers.allValues("X-Content-Type-Options")).as(path).containsExactly("nosniff");
            assertThat(headers.allValues("X-Frame-Options")).as(path).containsExactly("DENY");
            assertThat(headers.allValues("Referrer-Policy")).as(path).containsExactly("strict-origin-when-cross-origin");
            assertThat(headers.allValues("Content-Security-Policy")).as(path).hasSize(1)
                    .allSatisfy(policy -> assertThat(policy).contains("default-src 'none'", "frame-ancestors 'none'")
                            .doesNotContain("unsafe-inline", "unsafe-eval"));
        }
    }

    @Test
    void swaggerUiRunsOnlyItsOwnScriptsAndCannotBeFramed() throws Exception {
        var response = get("/swagger-ui/index.html");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'", "style-src 'self'", "connect-src 'self'", "frame-ancestors 'none'");
    }

    @Test
    void aPageWithItsOwnPolicySendsOnlyThatOne() throws Exception {
        var console = get("/console");

        assertThat(console.headers().allValues("Content-Security-Policy")).hasSize(1)
                .allSatisfy(policy -> assertThat(policy).contains("'sha256-"));
        assertThat(console.headers().allValues("X-Frame-Options")).containsExactly("DENY");
        assertThat(get("/demo").headers().allValues("X-Frame-Options")).containsExactly("SAMEORIGIN");
    }

    @Test
    void litIsServedFromTheJarByVersionlessPaths() throws Exception {
        assertThat(get("/webjars/lit/index.js").statusCode()).isEqualTo(200);
        assertThat(get("/webjars/lit__reactive-element/reactive-element.js").statusCode()).isEqualTo(200);
    }
}
