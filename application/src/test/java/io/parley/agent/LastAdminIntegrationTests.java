package io.parley.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.testing.ParleyClient.Response;
import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.Tenant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A workspace always keeps an enabled admin, and a disabled agent learns why they cannot sign in. */
class LastAdminIntegrationTests extends ParleyIntegrationTest {

    @Test
    void theLastEnabledAdminCanNeitherBeDisabledNorDemotedAndNothingChanges() {
        Tenant tenant = newTenant();
        String self = me(tenant.adminToken());

        Response disabled = client().patch("/api/v1/agents/" + self, tenant.adminToken(), Map.of("enabled", false));
        Response demoted = client().patch("/api/v1/agents/" + self, tenant.adminToken(),
                Map.of("role", "SUPERVISOR", "displayName", "Renamed"));

        assertThat(disabled.status()).isEqualTo(409);
        assertThat(disabled.code()).isEqualTo("agent.last-admin");
        assertThat(demoted.status()).isEqualTo(409);
        assertThat(demoted.code()).isEqualTo("agent.last-admin");
        Response after = client().get("/api/v1/agents/" + self, tenant.adminToken());
        assertThat(after.body().path("enabled").asBoolean()).isTrue();
        assertThat(after.body().path("role").asString()).isEqualTo("ADMIN");
        assertThat(after.body().path("displayName").asString()).isNotEqualTo("Renamed");
    }

    @Test
    void anAdminMayStepDownOnceAnotherAdminIsEnabled() {
        Tenant tenant = newTenant();
        String self = me(tenant.adminToken());
        String other = me(client().login(registerAgent(tenant, Role.ADMIN, "Second"), ADMIN_PASSWORD));
        assertThat(client().patch("/api/v1/agents/" + other, tenant.adminToken(), Map.of("enabled", false)).status())
                .isEqualTo(200);
        // the other admin is disabled: this one is the last again
        assertThat(client().patch("/api/v1/agents/" + self, tenant.adminToken(), Map.of("role", "AGENT")).code())
                .isEqualTo("agent.last-admin");

        assertThat(client().patch("/api/v1/agents/" + other, tenant.adminToken(), Map.of("enabled", true)).status())
                .isEqualTo(200);
        Response demoted = client().patch("/api/v1/agents/" + self, tenant.adminToken(), Map.of("role", "AGENT"));

        assertThat(demoted.status()).isEqualTo(200);
        assertThat(demoted.body().path("role").asString()).isEqualTo("AGENT");
    }

    @Test
    void aDisabledAccountIsToldSoOnlyWhenThePasswordIsRight() {
        Tenant tenant = newTenant();
        String email = registerAgent(tenant, Role.AGENT, "Dora");
        String id = me(client().login(email, ADMIN_PASSWORD));
        client().patch("/api/v1/agents/" + id, tenant.adminToken(), Map.of("enabled", false));

        Response right = client().post("/api/v1/auth/login", null, Map.of("email", email, "password", ADMIN_PASSWORD));
        Response wrong = client().post("/api/v1/auth/login", null, Map.of("email", email, "password", "not-her-password"));
        Response unknown = client().post("/api/v1/auth/login", null,
                Map.of("email", "nobody-" + id + "@parley.test", "password", "not-her-password"));

        assertThat(right.status()).isEqualTo(403);
        assertThat(right.code()).isEqualTo("auth.account-disabled");
        assertThat(wrong.status()).isEqualTo(unknown.status()).isEqualTo(401);
        assertThat(wrong.code()).isEqualTo(unknown.code()).isEqualTo("auth.invalid-credentials");
        assertThat(wrong.body().path("detail").asString()).isEqualTo(unknown.body().path("detail").asString());
    }

    private String me(String token) {
        return client().get("/api/v1/auth/me", token).body().path("id").asString();
    }
}
