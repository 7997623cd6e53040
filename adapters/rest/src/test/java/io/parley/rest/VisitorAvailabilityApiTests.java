package io.parley.rest;

import static io.parley.rest.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class VisitorAvailabilityApiTests extends ApiTestSupport {

    @Autowired
    FakeAgentPresence presence;

    @AfterEach
    void nobodyOnline() {
        presence.online.clear();
    }

    @Test
    void tellsTheWidgetWhetherAnAgentIsOnline() {
        var nobody = api.get("/api/v1/visitor/availability", VISITOR_TOKEN);
        assertThat(nobody.status()).isEqualTo(200);
        assertThat(nobody.json().get("agentsOnline").asBoolean()).isFalse();
        assertThat(nobody.headers().firstValue("Cache-Control").orElse("")).contains("no-store");

        presence.online.add(WORKSPACE);
        assertThat(api.get("/api/v1/visitor/availability", VISITOR_TOKEN).json().get("agentsOnline").asBoolean())
                .isTrue();
    }

    @Test
    void needsAVisitorToken() {
        assertProblem(api.get("/api/v1/visitor/availability", null), 401, "auth.required");
    }
}
