package io.parley.rest;

import static io.parley.rest.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class AdminApiTests extends ApiTestSupport {

    @ParameterizedTest
    @CsvSource({"GET,/api/v1/workspace,", "PATCH,/api/v1/workspace,{}", "GET,/api/v1/agents,",
            "POST,/api/v1/agents,'{\"email\":\"x@example.com\",\"displayName\":\"X\",\"password\":\"long enough pw\"}'",
            "GET,/api/v1/agents/00000000-0000-4000-8000-00000000000b,",
            "PATCH,/api/v1/agents/00000000-0000-4000-8000-00000000000b,'{\"role\":\"ADMIN\"}'",
            "GET,/api/v1/inboxes,", "POST,/api/v1/inboxes,'{\"name\":\"Sneaky\"}'",
            "GET,/api/v1/inboxes/00000000-0000-4000-8000-000000000002,"})
    void refusesAgentsWhoAreNotAdmins(String method, String path, String body) {
        assertProblem(api.send(method, path, AGENT_TOKEN, body, java.util.Map.of()), 403, "auth.forbidden");
        assertProblem(api.send(method, path, null, body, java.util.Map.of()), 401, "auth.required");
    }

    @Test
    void adminReadsAndChangesTheWorkspace() {
        assertThat(api.get("/api/v1/workspace", ADMIN_TOKEN).json().get("name").asString()).isEqualTo("Acme");

        var reply = api.patch("/api/v1/workspace", ADMIN_TOKEN,
                Api.json("allowedOrigins", List.of("https://shop.example", "https://blog.example")));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("id").asString()).isEqualTo(WORKSPACE.toString());
        assertThat(reply.json().get("name").asString()).isEqualTo("Acme");
        assertThat(reply.json().get("allowedOrigins").valueStream().map(JsonNode::asString))
                .containsExactly("https://shop.example", "https://blog.example");
        assertThat(reply.json().get("createdAt").asString()).isEqualTo("2025-06-01T10:00:00Z");
    }

    @Test
    void adminReplacesTheHostsTheBotMayLinkTo() {
        var origins = api.get("/api/v1/workspace", ADMIN_TOKEN).json().get("allowedOrigins").valueStream()
                .map(JsonNode::asString).toList();

        var reply = api.patch("/api/v1/workspace", ADMIN_TOKEN,
                Api.json("allowedLinkHosts", List.of("help.example.com", "*.example.net")));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("allowedLinkHosts").valueStream().map(JsonNode::asString))
                .containsExactly("help.example.com", "*.example.net");
        assertThat(api.get("/api/v1/workspace", ADMIN_TOKEN).json().get("allowedOrigins").valueStream()
                .map(JsonNode::asString)).containsExactlyElementsOf(origins);
    }

    @Test
    void rejectsAnEmptyWorkspaceName() {
        assertProblem(api.patch("/api/v1/workspace", ADMIN_TOKEN, Api.json("name", "")), 400, "request.invalid");
    }

    @Test
    void adminAddsAnAgentAndChangesTheirRole() {
        var created = api.post("/api/v1/agents", ADMIN_TOKEN,
                Api.json("email", "grace@example.com", "displayName", "Grace", "password", "a long pass phrase"));

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/agents/" + id);
        assertThat(created.json().get("role").asString()).isEqualTo("AGENT");
        assertThat(created.json().get("enabled").asBoolean()).isTrue();
        assertThat(created.text()).doesNotContain("a long pass phrase");

        var updated = api.patch("/api/v1/agents/" + id, ADMIN_TOKEN, Api.json("role", "SUPERVISOR", "enabled", false));

        assertThat(updated.json().get("role").asString()).isEqualTo("SUPERVISOR");
        assertThat(updated.json().get("enabled").asBoolean()).isFalse();
        assertThat(updated.json().get("displayName").asString()).isEqualTo("Grace");
        assertThat(api.get("/api/v1/agents", ADMIN_TOKEN).json().get("items").valueStream()
                .map(a -> a.get("id").asString())).contains(id, ADMIN.toString(), AGENT.toString());
    }

    @Test
    void refusesASecondAgentWithTheSameAddress() {
        var reply = api.post("/api/v1/agents", ADMIN_TOKEN,
                Api.json("email", ADMIN_EMAIL, "displayName", "Twin", "password", "a long pass phrase"));

        assertProblem(reply, 409, "agent.email-taken");
    }

    @Test
    void answersNotFoundForAnAgentOfNoOne() {
        assertProblem(api.get("/api/v1/agents/" + java.util.UUID.randomUUID(), ADMIN_TOKEN), 404, "agent.not-found");
    }

    @Test
    void adminCreatesAWidgetInboxByDefault() {
        var created = api.post("/api/v1/inboxes", ADMIN_TOKEN, Api.json("name", "Shop"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("channel").asString()).isEqualTo("WEB_WIDGET");
        assertThat(created.json().get("botFirst").asBoolean()).isFalse();
        String id = created.json().get("id").asString();
        assertThat(api.get("/api/v1/inboxes/" + id, ADMIN_TOKEN).json().get("name").asString()).isEqualTo("Shop");
        assertThat(api.get("/api/v1/inboxes", ADMIN_TOKEN).json().get("items").size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void showsTheWidgetKeyOfAWidgetInbox() {
        var inbox = api.get("/api/v1/inboxes/" + INBOX, ADMIN_TOKEN);

        assertThat(inbox.json().get("widgetKey").asString()).isEqualTo(WIDGET_KEY);
    }
}
