package io.parley.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OpenApiDocumentTests extends ApiTestSupport {

    @Test
    void describesEveryEndpoint() {
        var reply = api.get("/v3/api-docs", null);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode paths = reply.json().get("paths");
        assertThat(paths.propertyNames()).contains(
                "/api/v1/auth/login", "/api/v1/auth/logout", "/api/v1/auth/me",
                "/api/v1/widget/sessions",
                "/api/v1/visitor/conversations", "/api/v1/visitor/conversations/{id}",
                "/api/v1/visitor/conversations/{id}/messages",
                "/api/v1/conversations", "/api/v1/conversations/{id}", "/api/v1/conversations/{id}/messages",
                "/api/v1/conversations/{id}/claim", "/api/v1/conversations/{id}/assign",
                "/api/v1/conversations/{id}/resolve", "/api/v1/conversations/{id}/reopen",
                "/api/v1/conversations/{id}/hand-over",
                "/api/v1/workspace", "/api/v1/agents", "/api/v1/agents/{id}", "/api/v1/inboxes",
                "/api/v1/inboxes/{id}");
        assertThat(paths.propertyNames()).noneMatch(path -> path.startsWith("/error"));
        assertThat(paths.get("/api/v1/agents/{id}").propertyNames()).contains("get", "patch");
        assertThat(paths.get("/api/v1/workspace").propertyNames()).contains("get", "patch");
    }

    @Test
    void leavesTheCallerOutOfTheParametersAndDeclaresBearerTokens() {
        JsonNode document = api.get("/v3/api-docs", null).json();

        JsonNode search = document.get("paths").get("/api/v1/conversations").get("get");
        assertThat(search.get("parameters").valueStream().map(p -> p.get("name").asString()))
                .contains("status", "assignee", "unassigned", "inbox", "visitor", "page", "size")
                .doesNotContain("agent", "workspace");
        JsonNode listAgents = document.get("paths").get("/api/v1/agents").get("get");
        assertThat(listAgents.has("parameters")).isFalse();
        assertThat(document.get("components").get("securitySchemes").propertyNames())
                .contains("agentToken", "visitorToken");
    }

    @Test
    void documentsCreatedAnswersAndProblemDetails() {
        JsonNode paths = api.get("/v3/api-docs", null).json().get("paths");

        JsonNode post = paths.get("/api/v1/visitor/conversations/{id}/messages").get("post").get("responses");
        assertThat(post.propertyNames()).contains("201", "200", "default");
        assertThat(post.get("default").get("content").propertyNames()).containsExactly("application/problem+json");
        assertThat(post.get("201").get("content").propertyNames()).containsExactly("application/json");
    }

    @Test
    void servesSwaggerUi() {
        var redirect = api.get("/swagger-ui.html", null);
        assertThat(redirect.status()).isEqualTo(302);
        String location = redirect.headers().firstValue("Location").orElseThrow();

        var page = api.get(location.replaceFirst("^https?://[^/]+", ""), null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("swagger-ui");
    }
}
