package io.parley.webui;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.Tenant;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Widget settings end to end on PostgreSQL: saved by an admin, served by key, refused when wrong or foreign. */
class WidgetSettingsIntegrationTests extends ParleyIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String VALID = """
            {"colour":"#AA3300","position":"LEFT","greetingEn":"Hello","greetingZh":"您好","showAgentName":false,
             "nameField":"REQUIRED","emailField":"HIDDEN"}""";

    @Test
    void theWidgetReadsWhatTheAdminSaved() throws Exception {
        Tenant tenant = newTenant();
        var defaults = client().get("/api/v1/widget/settings?key=" + tenant.widgetKey(), null);
        assertThat(defaults.status()).isEqualTo(200);
        assertThat(defaults.body().path("nameField").asString()).isEqualTo("HIDDEN");

        var saved = put(settingsPath(tenant), tenant.adminToken(), VALID);
        assertThat(saved.statusCode()).isEqualTo(200);

        JsonNode widget = client().get("/api/v1/widget/settings?key=" + tenant.widgetKey(), null).body();
        assertThat(widget.path("colour").asString()).isEqualTo("#aa3300");
        assertThat(widget.path("position").asString()).isEqualTo("LEFT");
        assertThat(widget.path("greetingZh").asString()).isEqualTo("您好");
        assertThat(widget.path("showAgentName").asBoolean()).isFalse();
        assertThat(widget.path("nameField").asString()).isEqualTo("REQUIRED");
    }

    @Test
    void badInputIsRefusedWithItsCodeAndChangesNothing() throws Exception {
        Tenant tenant = newTenant();
        put(settingsPath(tenant), tenant.adminToken(), VALID);

        assertThat(code(put(settingsPath(tenant), tenant.adminToken(), VALID.replace("#AA3300", "#abc"))))
                .isEqualTo("channel.invalid-colour");
        assertThat(code(put(settingsPath(tenant), tenant.adminToken(),
                VALID.replace("\"Hello\"", "\"<script>alert(1)</script>\"")))).isEqualTo("channel.invalid-greeting");
        assertThat(code(put(settingsPath(tenant), tenant.adminToken(), VALID.replace("LEFT", "TOP"))))
                .isEqualTo("request.malformed");

        JsonNode widget = client().get("/api/v1/widget/settings?key=" + tenant.widgetKey(), null).body();
        assertThat(widget.path("colour").asString()).isEqualTo("#aa3300");
        assertThat(widget.path("greetingEn").asString()).isEqualTo("Hello");
    }

    @Test
    void anAdminCannotReadOrChangeAnotherWorkspacesWidget() throws Exception {
        Tenant acme = newTenant();
        Tenant globex = newTenant();

        var read = HTTP.send(HttpRequest.newBuilder(URI.create(base() + settingsPath(acme)))
                .header("Authorization", "Bearer " + globex.adminToken()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        var write = put(settingsPath(acme), globex.adminToken(), VALID);

        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(write.statusCode()).isEqualTo(404);
        assertThat(code(write)).isEqualTo("channel.inbox-not-found");
        JsonNode widget = client().get("/api/v1/widget/settings?key=" + acme.widgetKey(), null).body();
        assertThat(widget.path("colour").asString()).isEqualTo("#2563eb");
    }

    @Test
    void anUnknownKeyIsNotFound() {
        var reply = client().get("/api/v1/widget/settings?key=wk_000000000000000000000000", null);
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.code()).isEqualTo("channel.unknown-widget-key");
    }

    private static String settingsPath(Tenant tenant) {
        return "/api/v1/inboxes/" + tenant.inboxId() + "/widget-settings";
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private HttpResponse<String> put(String path, String token, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String code(HttpResponse<String> response) {
        return JSON.readTree(response.body()).path("code").asString();
    }
}
