package io.parley.rest;

import static io.parley.rest.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class AuthApiTests extends ApiTestSupport {

    @Autowired
    Fakes.Agents agents;

    @Test
    void signsInWithTheRightPassword() {
        var reply = api.post("/api/v1/auth/login", null, Api.json("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.get("token").asString()).isEqualTo(ADMIN_TOKEN);
        assertThat(body.get("expiresAt").asString()).isEqualTo("2025-06-01T22:00:00Z");
        assertThat(body.get("agent").get("id").asString()).isEqualTo(ADMIN.toString());
        assertThat(body.get("agent").get("workspaceId").asString()).isEqualTo(WORKSPACE.toString());
        assertThat(body.get("agent").get("email").asString()).isEqualTo(ADMIN_EMAIL);
        assertThat(body.get("agent").get("displayName").asString()).isEqualTo("Ada Admin");
        assertThat(body.get("agent").get("role").asString()).isEqualTo("ADMIN");
        assertThat(reply.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void refusesAWrongPasswordWithAProblemDetail() {
        var reply = api.post("/api/v1/auth/login", null, Api.json("email", ADMIN_EMAIL, "password", "guess"));

        assertProblem(reply, 401, "auth.invalid-credentials");
        assertThat(reply.json().get("title").asString()).isEqualTo("Unauthorized");
        assertThat(reply.json().get("instance").asString()).isEqualTo("/api/v1/auth/login");
        assertThat(reply.text()).doesNotContain("guess");
    }

    @Test
    void tellsTheSignedInAgentWhoTheyAre() {
        var reply = api.get("/api/v1/auth/me", AGENT_TOKEN);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("id").asString()).isEqualTo(AGENT.toString());
        assertThat(reply.json().get("email").asString()).isEqualTo("agent@example.com");
        assertThat(reply.json().get("role").asString()).isEqualTo("AGENT");
    }

    @Test
    void asksForATokenWhenThereIsNone() {
        var reply = api.get("/api/v1/auth/me", null);

        assertProblem(reply, 401, "auth.required");
        assertThat(reply.headers().firstValue("WWW-Authenticate")).contains("Bearer");
    }

    @Test
    void refusesAnUnknownToken() {
        assertProblem(api.get("/api/v1/auth/me", "pt_forged"), 401, "auth.invalid-token");
    }

    @Test
    void refusesAnAuthorizationHeaderThatIsNotBearer() {
        var reply = api.send("GET", "/api/v1/auth/me", null, null, Map.of("Authorization", "Basic YWRtaW46YWRtaW4="));

        assertProblem(reply, 401, "auth.invalid-token");
    }

    @Test
    void signingOutEndsTheSession() {
        agents.tokens.put("pt_short-lived", AGENT);

        var reply = api.post("/api/v1/auth/logout", "pt_short-lived", null);

        assertThat(reply.status()).isEqualTo(204);
        assertProblem(api.get("/api/v1/auth/me", "pt_short-lived"), 401, "auth.invalid-token");
    }

    @Test
    void signingOutNeedsAToken() {
        assertProblem(api.post("/api/v1/auth/logout", null, null), 401, "auth.required");
    }
}
