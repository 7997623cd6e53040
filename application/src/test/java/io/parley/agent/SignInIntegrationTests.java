package io.parley.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.testing.ParleyClient.Response;
import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.Tenant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignInIntegrationTests extends ParleyIntegrationTest {

    @Test
    void firstStartCreatedTheConfiguredAdmin() {
        Response me = client().get("/api/v1/auth/me", client().login(ADMIN_EMAIL, ADMIN_PASSWORD));
        assertThat(me.body().path("role").asString()).isEqualTo("ADMIN");
    }

    @Test
    void wrongPasswordAndUnknownAddressGetTheSameAnswer() {
        Tenant tenant = newTenant();
        Response wrong = client().post("/api/v1/auth/login", null, Map.of("email", tenant.adminEmail(), "password", "nope-nope-nope"));
        Response unknown = client().post("/api/v1/auth/login", null, Map.of("email", "ghost@parley.test", "password", "nope-nope-nope"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.code()).isEqualTo("auth.invalid-credentials");
        assertThat(unknown.code()).isEqualTo(wrong.code());
        assertThat(unknown.body().path("detail").asString()).isEqualTo(wrong.body().path("detail").asString());
    }

    @Test
    void repeatedWrongPasswordsLockTheClientOutEvenForTheRightPassword() {
        Tenant tenant = newTenant();
        for (int i = 0; i < 5; i++) {
            client().post("/api/v1/auth/login", null, Map.of("email", tenant.adminEmail(), "password", "wrong-" + i));
        }
        Response locked = client().post("/api/v1/auth/login", null, Map.of("email", tenant.adminEmail(), "password", ADMIN_PASSWORD));
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.code()).isEqualTo("auth.locked");
    }

    @Test
    void signOutRevokesTheToken() {
        Tenant tenant = newTenant();
        assertThat(client().get("/api/v1/auth/me", tenant.adminToken()).status()).isEqualTo(200);
        client().post("/api/v1/auth/logout", tenant.adminToken(), Map.of());
        Response after = client().get("/api/v1/auth/me", tenant.adminToken());
        assertThat(after.status()).isEqualTo(401);
    }

    @Test
    void onlyAdminsManageAgents() {
        Tenant tenant = newTenant();
        String agent = newAgent(tenant, Role.AGENT);
        Response refused = client().post("/api/v1/agents", agent, Map.of("email", "new@parley.test",
                "displayName", "New", "role", "AGENT", "password", "long-enough-password"));
        assertThat(refused.status()).isEqualTo(403);
        Response created = client().post("/api/v1/agents", tenant.adminToken(), Map.of("email", "new-" + tenant.inboxId() + "@parley.test",
                "displayName", "New", "role", "AGENT", "password", "long-enough-password"));
        assertThat(created.status()).isEqualTo(201);
        Response taken = client().post("/api/v1/agents", tenant.adminToken(), Map.of("email", "new-" + tenant.inboxId() + "@parley.test",
                "displayName", "New", "role", "AGENT", "password", "long-enough-password"));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.code()).isEqualTo("agent.email-taken");
    }
}
