package io.parley.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.testing.ParleyClient.Response;
import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.Pictures;
import io.parley.testing.Tenant;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Agents' names and pictures on PostgreSQL: uploaded, checked, served, and editable only by whom they belong to. */
class AgentProfileIntegrationTests extends ParleyIntegrationTest {

    private static final String MINE = "/api/v1/agents/me/avatar";

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPngIsStoredAndServedUnderItsDigestWithItsTypeAndALongCache() {
        Tenant tenant = newTenant();
        byte[] png = Pictures.png(64, Color.ORANGE);

        Response uploaded = client().putFile(MINE, tenant.adminToken(), "image/png", png);

        assertThat(uploaded.status()).as(uploaded.body().toString()).isEqualTo(200);
        String url = uploaded.body().path("avatarUrl").asString();
        assertThat(url).matches("/api/v1/avatars/[0-9a-f]{64}");
        assertThat(client().get("/api/v1/auth/me", tenant.adminToken()).body().path("avatarUrl").asString())
                .isEqualTo(url);
        var served = client().fetch(url);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(png);
        assertThat(served.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(served.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(served.headers().firstValue("Cache-Control").orElse(""))
                .contains("max-age=31536000").contains("immutable").contains("public");
        assertThat(served.headers().firstValue("Cross-Origin-Resource-Policy")).contains("cross-origin");
    }

    @Test
    void aNewPictureGetsANewAddressAndTheOldOneIsGone() {
        Tenant tenant = newTenant();
        String first = client().putFile(MINE, tenant.adminToken(), "image/png", Pictures.png(32, Color.RED))
                .body().path("avatarUrl").asString();
        String second = client().putFile(MINE, tenant.adminToken(), "image/png", Pictures.png(32, Color.BLUE))
                .body().path("avatarUrl").asString();

        assertThat(second).isNotEqualTo(first);
        assertThat(client().fetch(first).statusCode()).isEqualTo(404);
        assertThat(client().fetch(second).statusCode()).isEqualTo(200);

        Response removed = client().delete(MINE, tenant.adminToken());
        assertThat(removed.body().has("avatarUrl")).isFalse();
        assertThat(client().fetch(second).statusCode()).isEqualTo(404);
        assertThat(stored(tenant)).isZero();
    }

    @Test
    void anOversizedPictureIsRefusedAndNothingIsStored() {
        Tenant tenant = newTenant();
        byte[] png = Pictures.png(16, Color.GREEN);
        byte[] oversized = Arrays.copyOf(png, 256 * 1024 + 1);

        Response refused = client().putFile(MINE, tenant.adminToken(), "image/png", oversized);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.code()).isEqualTo("agent.avatar-too-large");
        assertThat(refused.body().path("detail").asString()).contains("256 KB");
        assertThat(client().get("/api/v1/auth/me", tenant.adminToken()).body().has("avatarUrl")).isFalse();
        assertThat(stored(tenant)).isZero();
    }

    @Test
    void htmlOrSvgNamedAsAPictureIsRefusedAndNothingIsStored() {
        Tenant tenant = newTenant();
        byte[] html = "<!doctype html><html><body><script>alert(document.domain)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><circle r=\"9\"/></svg>"
                .getBytes(StandardCharsets.UTF_8);

        for (var upload : Map.of("image/png", html, "image/svg+xml", svg, "application/octet-stream", svg).entrySet()) {
            Response refused = client().putFile(MINE, tenant.adminToken(), upload.getKey(), upload.getValue());
            assertThat(refused.status()).as(upload.getKey()).isEqualTo(400);
            assertThat(refused.code()).isEqualTo("agent.avatar-unsupported-format");
            assertThat(refused.body().path("detail").asString()).contains("PNG, JPEG or WebP");
        }
        assertThat(client().get("/api/v1/auth/me", tenant.adminToken()).body().has("avatarUrl")).isFalse();
        assertThat(stored(tenant)).isZero();
    }

    @Test
    void anotherWorkspacesAgentIsNotFoundAndStaysAsItWas() {
        Tenant acme = newTenant();
        Tenant globex = newTenant();
        String acmeAdmin = client().get("/api/v1/auth/me", acme.adminToken()).body().path("id").asString();

        Response picture = client().putFile("/api/v1/agents/" + acmeAdmin + "/avatar", globex.adminToken(),
                "image/png", Pictures.png(16, Color.BLACK));
        Response removal = client().delete("/api/v1/agents/" + acmeAdmin + "/avatar", globex.adminToken());
        Response rename = client().patch("/api/v1/agents/" + acmeAdmin, globex.adminToken(),
                Map.of("displayName", "Taken over"));

        for (Response refused : new Response[] {picture, removal, rename}) {
            assertThat(refused.status()).isEqualTo(404);
            assertThat(refused.code()).isEqualTo("agent.not-found");
        }
        var acmeView = client().get("/api/v1/auth/me", acme.adminToken()).body();
        assertThat(acmeView.has("avatarUrl")).isFalse();
        assertThat(acmeView.path("displayName").asString()).isNotEqualTo("Taken over");
        assertThat(stored(acme)).isZero();
        assertThat(stored(globex)).isZero();
    }

    @Test
    void agentsEditTheirOwnProfileAndOnlyAdminsTheirColleagues() {
        Tenant tenant = newTenant();
        String agent = newAgent(tenant, Role.AGENT);
        String agentId = client().get("/api/v1/auth/me", agent).body().path("id").asString();
        String adminId = client().get("/api/v1/auth/me", tenant.adminToken()).body().path("id").asString();

        Response renamed = client().patch("/api/v1/agents/me", agent, Map.of("displayName", "  Lin Wei  "));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.body().path("displayName").asString()).isEqualTo("Lin Wei");
        assertThat(client().patch("/api/v1/agents/me", agent, Map.of("displayName", " ")).status()).isEqualTo(400);

        Response colleague = client().putFile("/api/v1/agents/" + adminId + "/avatar", agent, "image/png",
                Pictures.png(16, Color.CYAN));
        assertThat(colleague.status()).isEqualTo(403);
        assertThat(colleague.code()).isEqualTo("agent.profile-forbidden");
        assertThat(stored(tenant)).isZero();

        Response byAdmin = client().putFile("/api/v1/agents/" + agentId + "/avatar", tenant.adminToken(),
                "image/png", Pictures.png(16, Color.MAGENTA));
        assertThat(byAdmin.status()).isEqualTo(200);
        assertThat(client().get("/api/v1/auth/me", agent).body().path("avatarUrl").asString())
                .isEqualTo(byAdmin.body().path("avatarUrl").asString());
        assertThat(client().put("/api/v1/agents/" + UUID.randomUUID() + "/avatar", tenant.adminToken(), Map.of())
                .status()).as("an unknown agent").isEqualTo(404);
    }

    @Test
    void thePresenceListShowsColleaguesWithoutTheirEmailAddresses() {
        Tenant tenant = newTenant();
        String agent = newAgent(tenant, Role.AGENT);

        Response list = client().get("/api/v1/agents/presence", agent);

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().path("items").size()).isEqualTo(2);
        assertThat(list.body().toString()).doesNotContain("@parley.test").contains("OFFLINE");
    }

    private long stored(Tenant tenant) {
        return jdbc.sql("SELECT count(*) FROM agent_avatar WHERE workspace_id = :workspace")
                .param("workspace", UUID.fromString(tenant.workspaceId())).query(Long.class).single();
    }
}
