package io.parley.channel;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.Tenant;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Requests to the API channel authenticate with an inbox's API key, in either header; anything else is 401. */
class ApiKeyAuthenticationIntegrationTests extends ParleyIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    record Answer(int status, JsonNode body) {
        String code() {
            return body.path("code").asString("");
        }
    }

    private Answer get(String path, String header, String value) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (header != null) {
            request.header(header, value);
        }
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body().isEmpty() ? JSON.createObjectNode()
                : JSON.readTree(response.body()));
    }

    private record Key(String inbox, String id, String secret) {}

    private Key newKey(Tenant tenant) {
        String inbox = client().post("/api/v1/inboxes", tenant.adminToken(), Map.of("name", "App", "channel", "API"))
                .body().path("id").asString();
        JsonNode created = client().post("/api/v1/inboxes/" + inbox + "/api-keys", tenant.adminToken(),
                Map.of("name", "Backend")).body();
        return new Key(inbox, created.path("key").path("id").asString(), created.path("secret").asString());
    }

    @Test
    void aKeyAuthenticatesInEitherHeaderAndNamesItsInbox() throws Exception {
        var tenant = newTenant();
        Key key = newKey(tenant);

        var bearer = get("/api/v1/channel/inbox", "Authorization", "Bearer " + key.secret());
        var header = get("/api/v1/channel/inbox", "X-Api-Key", key.secret());

        assertThat(bearer.status()).isEqualTo(200);
        assertThat(bearer.body().path("inboxId").asString()).isEqualTo(key.inbox());
        assertThat(bearer.body().path("keyId").asString()).isEqualTo(key.id());
        assertThat(bearer.body().toString()).doesNotContain(key.secret());
        assertThat(header.status()).isEqualTo(200);
        assertThat(header.body().path("inboxId").asString()).isEqualTo(key.inbox());
    }

    @Test
    void missingUnknownRevokedAndRotatedAwayKeysAre401() throws Exception {
        var tenant = newTenant();
        Key revoked = newKey(tenant);
        Key rotated = newKey(tenant);
        client().delete("/api/v1/inboxes/" + revoked.inbox() + "/api-keys/" + revoked.id(), tenant.adminToken());
        client().post("/api/v1/inboxes/" + rotated.inbox() + "/api-keys/" + rotated.id() + "/rotate",
                tenant.adminToken(), Map.of());

        var none = get("/api/v1/channel/inbox", null, null);
        var unknown = get("/api/v1/channel/inbox", "X-Api-Key", "pk_" + "A".repeat(43));
        var malformed = get("/api/v1/channel/inbox", "Authorization", "Bearer not-a-key");
        var agentToken = get("/api/v1/channel/inbox", "Authorization", "Bearer " + tenant.adminToken());
        var revokedKey = get("/api/v1/channel/inbox", "X-Api-Key", revoked.secret());
        var rotatedAway = get("/api/v1/channel/inbox", "Authorization", "Bearer " + rotated.secret());

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.code()).isEqualTo("channel.api-key-required");
        assertThat(java.util.List.of(unknown, malformed, agentToken, revokedKey, rotatedAway)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.code()).isEqualTo("channel.api-key-invalid");
        });
    }

    @Test
    void theApiDocumentDescribesTheChannelRoutesWithTheApiKeyScheme() throws Exception {
        JsonNode document = get("/v3/api-docs", null, null).body();

        assertThat(document.path("components").path("securitySchemes").has("apiKey")).isTrue();
        JsonNode post = document.path("paths")
                .path("/api/v1/channel/contacts/{externalId}/conversations/{id}/messages").path("post");
        assertThat(post.path("security").toString()).contains("apiKey");
        assertThat(post.path("parameters").toString()).contains("externalId").doesNotContain("workspaceId");
        assertThat(document.path("paths").path("/api/v1/inboxes/{inboxId}/api-keys").path("post").path("security")
                .toString()).contains("agentToken");
    }
}
