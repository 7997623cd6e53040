package io.parley.channel;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.agent.Role;
import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.Tenant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Administrators create, list, rotate and revoke the API keys of an API inbox: the secret is answered once and stored
 * hashed; a rotated-away or revoked secret authenticates nothing; other workspaces, other channels and agents get
 * nowhere.
 */
class ApiKeyIntegrationTests extends ParleyIntegrationTest {

    @Autowired
    ApiKeyAdministration apiKeys;

    @Autowired
    JdbcClient jdbc;

    private String apiInbox(Tenant tenant) {
        var created = client().post("/api/v1/inboxes", tenant.adminToken(), Map.of("name", "Shop app",
                "channel", "API"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().path("channel").asString()).isEqualTo("API");
        return created.body().path("id").asString();
    }

    private String keys(String inbox) {
        return "/api/v1/inboxes/" + inbox + "/api-keys";
    }

    @Test
    void aKeyIsAnsweredOnceStoredHashedListedAndAuthenticatesItsInbox() {
        var tenant = newTenant();
        String inbox = apiInbox(tenant);

        var created = client().post(keys(inbox), tenant.adminToken(), Map.of("name", "  Backend  "));

        assertThat(created.status()).isEqualTo(201);
        String secret = created.body().path("secret").asString();
        JsonNode key = created.body().path("key");
        assertThat(secret).matches("pk_[A-Za-z0-9_-]{43}");
        assertThat(created.header("Location")).endsWith("/api-keys/" + key.path("id").asString());
        assertThat(key.path("name").asString()).isEqualTo("Backend");
        assertThat(key.path("prefix").asString()).isEqualTo(secret.substring(0, 11));
        assertThat(key.path("lastUsedAt").asString("")).isEmpty();
        String stored = jdbc.sql("SELECT secret_hash FROM inbox_api_key WHERE id = CAST(:id AS uuid)")
                .param("id", key.path("id").asString()).query(String.class).single();
        assertThat(stored).doesNotContain(secret).hasSize(64);

        var listed = client().get(keys(inbox), tenant.adminToken());
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body().path("items")).hasSize(1);
        assertThat(listed.body().path("items").get(0).has("secret")).isFalse();
        assertThat(listed.body().toString()).doesNotContain(secret.substring(11));

        var authenticated = apiKeys.authenticate(secret);
        assertThat(authenticated).isPresent();
        assertThat(authenticated.get().inboxId().toString()).isEqualTo(inbox);
        assertThat(client().get(keys(inbox), tenant.adminToken()).body().path("items").get(0).path("lastUsedAt")
                .asString("")).isNotEmpty();
        assertThat(apiKeys.authenticate(secret.substring(0, secret.length() - 1) + "x")).isEmpty();
        assertThat(apiKeys.authenticate("pk_short")).isEmpty();
    }

    @Test
    void rotatingGivesANewSecretAndTheOldOneStops() {
        var tenant = newTenant();
        String inbox = apiInbox(tenant);
        var created = client().post(keys(inbox), tenant.adminToken(), Map.of("name", "Backend")).body();
        String old = created.path("secret").asString();
        String id = created.path("key").path("id").asString();

        var rotated = client().post(keys(inbox) + "/" + id + "/rotate", tenant.adminToken(), Map.of());

        assertThat(rotated.status()).isEqualTo(200);
        String fresh = rotated.body().path("secret").asString();
        assertThat(fresh).matches("pk_[A-Za-z0-9_-]{43}").isNotEqualTo(old);
        assertThat(rotated.body().path("key").path("id").asString()).isEqualTo(id);
        assertThat(rotated.body().path("key").path("rotatedAt").asString("")).isNotEmpty();
        assertThat(apiKeys.authenticate(old)).isEmpty();
        assertThat(apiKeys.authenticate(fresh)).isPresent();
    }

    @Test
    void aRevokedKeyAuthenticatesNothingStaysListedAndCannotBeRotated() {
        var tenant = newTenant();
        String inbox = apiInbox(tenant);
        var created = client().post(keys(inbox), tenant.adminToken(), Map.of("name", "Backend")).body();
        String secret = created.path("secret").asString();
        String id = created.path("key").path("id").asString();

        var revoked = client().delete(keys(inbox) + "/" + id, tenant.adminToken());
        var rotate = client().post(keys(inbox) + "/" + id + "/rotate", tenant.adminToken(), Map.of());

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.body().path("revoked").asBoolean()).isTrue();
        assertThat(apiKeys.authenticate(secret)).isEmpty();
        assertThat(rotate.status()).isEqualTo(409);
        assertThat(rotate.code()).isEqualTo("channel.api-key-revoked");
        assertThat(apiKeys.authenticate(secret)).isEmpty();
        var listed = client().get(keys(inbox), tenant.adminToken()).body().path("items");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("revokedAt").asString("")).isNotEmpty();
    }

    @Test
    void badNamesAndWidgetInboxesAreRefusedAndMakeNoKey() {
        var tenant = newTenant();
        String inbox = apiInbox(tenant);

        var blank = client().post(keys(inbox), tenant.adminToken(), Map.of("name", "   "));
        var missing = client().post(keys(inbox), tenant.adminToken(), Map.of());
        var tooLong = client().post(keys(inbox), tenant.adminToken(), Map.of("name", "n".repeat(81)));
        var malformed = client().postRaw(keys(inbox), tenant.adminToken(), "{\"name\": ");
        var widget = client().post(keys(tenant.inboxId()), tenant.adminToken(), Map.of("name", "Backend"));
        var badId = client().post(keys("not-an-id"), tenant.adminToken(), Map.of("name", "Backend"));

        assertThat(blank.code()).isEqualTo("channel.invalid-api-key-name");
        assertThat(missing.code()).isEqualTo("channel.invalid-api-key-name");
        assertThat(tooLong.code()).isEqualTo("channel.invalid-api-key-name");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.code()).isNotBlank();
        assertThat(widget.code()).isEqualTo("channel.not-api-inbox");
        assertThat(badId.code()).isEqualTo("request.invalid-id");
        assertThat(java.util.List.of(blank, missing, tooLong, widget, badId))
                .allSatisfy(response -> assertThat(response.status()).isEqualTo(400));
        assertThat(client().get(keys(inbox), tenant.adminToken()).body().path("items")).isEmpty();
        assertThat(client().get(keys(tenant.inboxId()), tenant.adminToken()).body().path("items")).isEmpty();
    }

    @Test
    void anotherWorkspaceSeesNoneOfItAndAgentsMayNotManageKeys() {
        var tenant = newTenant();
        var stranger = newTenant();
        String inbox = apiInbox(tenant);
        String strangersInbox = apiInbox(stranger);
        var created = client().post(keys(inbox), tenant.adminToken(), Map.of("name", "Backend")).body();
        String secret = created.path("secret").asString();
        String id = created.path("key").path("id").asString();

        var list = client().get(keys(inbox), stranger.adminToken());
        var create = client().post(keys(inbox), stranger.adminToken(), Map.of("name", "Mine"));
        var rotate = client().post(keys(inbox) + "/" + id + "/rotate", stranger.adminToken(), Map.of());
        var revoke = client().delete(keys(inbox) + "/" + id, stranger.adminToken());
        var viaOwnInbox = client().delete(keys(strangersInbox) + "/" + id, stranger.adminToken());
        var agent = client().post(keys(inbox), newAgent(tenant, Role.AGENT), Map.of("name", "Mine"));

        assertThat(java.util.List.of(list, create, rotate, revoke)).allSatisfy(response -> {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.code()).isEqualTo("channel.inbox-not-found");
        });
        assertThat(viaOwnInbox.status()).isEqualTo(404);
        assertThat(viaOwnInbox.code()).isEqualTo("channel.api-key-not-found");
        assertThat(agent.status()).isEqualTo(403);
        assertThat(apiKeys.authenticate(secret)).isPresent();
        assertThat(client().get(keys(inbox), tenant.adminToken()).body().path("items")).hasSize(1);
        assertThat(client().get(keys(strangersInbox), stranger.adminToken()).body().path("items")).isEmpty();
    }
}
