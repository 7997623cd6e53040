package io.parley.rest;

import static io.parley.rest.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class WidgetSettingsApiTests extends ApiTestSupport {

    private static final String PATH = "/api/v1/inboxes/" + INBOX + "/widget-settings";
    private static final String VALID = """
            {"colour":"#10B981","position":"LEFT","greetingEn":"Hi there","greetingZh":"您好","showAgentName":false,
             "nameField":"REQUIRED","emailField":"OPTIONAL"}""";

    @Autowired
    FakeWidgetSettings fake;

    @Test
    void adminReplacesTheSettingsAndTheWidgetReadsThemByKey() {
        var saved = api.send("PUT", PATH, ADMIN_TOKEN, VALID, Map.of());

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("colour").asString()).isEqualTo("#10b981");
        var widget = api.get("/api/v1/widget/settings?key=" + WIDGET_KEY, null);
        assertThat(widget.status()).isEqualTo(200);
        assertThat(widget.json().get("position").asString()).isEqualTo("LEFT");
        assertThat(widget.json().get("nameField").asString()).isEqualTo("REQUIRED");
        assertThat(widget.json().get("greetingZh").asString()).isEqualTo("您好");
        assertThat(widget.headers().firstValue("Cache-Control").orElse("")).contains("max-age=60").contains("public");
        String etag = widget.headers().firstValue("ETag").orElseThrow();
        var again = api.send("GET", "/api/v1/widget/settings?key=" + WIDGET_KEY, null, null,
                Map.of("If-None-Match", etag));
        assertThat(again.status()).isEqualTo(304);
    }

    @Test
    void refusesABadColourWithItsCodeAndKeepsTheSettings() {
        fake.saved.clear();
        assertProblem(api.send("PUT", PATH, ADMIN_TOKEN, VALID.replace("#10B981", "red"), Map.of()), 400,
                "channel.invalid-colour");
        assertProblem(api.send("PUT", PATH, ADMIN_TOKEN, VALID.replace("Hi there", "<script>alert(1)</script>"),
                Map.of()), 400, "channel.invalid-greeting");
        assertThat(fake.saved).isEmpty();
    }

    @Test
    void answersAnUnknownKeyWithNotFound() {
        assertProblem(api.get("/api/v1/widget/settings?key=wk_ffffffffffffffffffffffff", null), 404,
                "channel.unknown-widget-key");
    }

    @Test
    void refusesAgentsWhoAreNotAdmins() {
        assertProblem(api.send("PUT", PATH, AGENT_TOKEN, VALID, Map.of()), 403, "auth.forbidden");
        assertProblem(api.get(PATH, null), 401, "auth.required");
    }
}
