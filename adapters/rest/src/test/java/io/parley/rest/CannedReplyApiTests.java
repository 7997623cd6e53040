package io.parley.rest;

import static io.parley.rest.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The canned reply endpoints: JSON shapes, defaults, status codes and problem details. */
class CannedReplyApiTests extends ApiTestSupport {

    private static final String PATH = "/api/v1/canned-replies";

    @Test
    void aReplyIsPersonalUnlessSaidOtherwiseAndAnsweredWithItsLocation() {
        var created = api.post(PATH, AGENT_TOKEN, Api.json("shortcut", "/Hi", "text", "Hello!"));

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.json().get("scope").asString()).isEqualTo("PERSONAL");
        assertThat(created.json().get("shortcut").asString()).isEqualTo("hi");
        assertThat(created.json().get("ownerId").asString()).isEqualTo(AGENT.toString());
        assertThat(created.json().get("editable").asBoolean()).isTrue();
        assertThat(created.headers().firstValue("Location").orElse("")).isEqualTo(PATH + "/" + created.json().get("id").asString());
        assertThat(api.send("DELETE", PATH + "/" + created.json().get("id").asString(), AGENT_TOKEN, null, Map.of())
                .status()).isEqualTo(204);
    }

    @Test
    void refusalsAreProblemDetailsWithTheirCodes() {
        var shared = api.post(PATH, ADMIN_TOKEN, Api.json("scope", "SHARED", "shortcut", "bye", "text", "Bye!"));
        var owner = shared.json().path("ownerId");
        assertThat(owner.isNull() || owner.isMissingNode()).as("a shared reply has no owner").isTrue();
        String id = shared.json().get("id").asString();

        assertProblem(api.post(PATH, AGENT_TOKEN, Api.json("scope", "everyone", "shortcut", "x", "text", "x")), 400,
                "canned.invalid-scope");
        assertProblem(api.post(PATH, AGENT_TOKEN, Api.json("text", "no shortcut")), 400, "canned.invalid-shortcut");
        assertProblem(api.post(PATH, AGENT_TOKEN, Api.json("shortcut", "empty")), 400, "canned.invalid-text");
        assertProblem(api.send("PATCH", PATH + "/" + id, AGENT_TOKEN, Api.json("text", "Ciao"), Map.of()), 403,
                "canned.forbidden");
        assertProblem(api.get(PATH + "/" + UUID.randomUUID(), AGENT_TOKEN), 404, "canned.not-found");
        assertProblem(api.get(PATH + "/42", AGENT_TOKEN), 400, "request.invalid-id");
        assertProblem(api.get(PATH, null), 401, "auth.required");
    }
}
