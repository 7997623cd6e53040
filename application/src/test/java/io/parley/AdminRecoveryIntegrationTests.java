package io.parley;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.agent.Role;
import io.parley.testing.ParleyClient.Response;
import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.Tenant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

/** {@code parley.recovery.*}: an installation locked out of its administration gets an admin back at start. */
class AdminRecoveryIntegrationTests extends ParleyIntegrationTest {

    private static final String NEW_PASSWORD = "recovered-at-last-42";

    @Test
    void aDisabledAgentBecomesAnEnabledAdminWithTheNewPasswordAndLosesOldSessions() {
        Tenant tenant = newTenant();
        String email = registerAgent(tenant, Role.AGENT, "Locked Out");
        String oldToken = client().login(email, ADMIN_PASSWORD);
        String id = client().get("/api/v1/auth/me", oldToken).body().path("id").asString();
        client().patch("/api/v1/agents/" + id, tenant.adminToken(), Map.of("enabled", false));

        recover(email.toUpperCase(), NEW_PASSWORD, tenant.workspaceId());

        assertThat(client().get("/api/v1/auth/me", oldToken).status()).isEqualTo(401);
        assertThat(client().post("/api/v1/auth/login", null, Map.of("email", email, "password", ADMIN_PASSWORD))
                .code()).isEqualTo("auth.invalid-credentials");
        Response me = client().get("/api/v1/auth/me", client().login(email, NEW_PASSWORD));
        assertThat(me.body().path("role").asString()).isEqualTo("ADMIN");
        assertThat(me.body().path("id").asString()).isEqualTo(id);
        assertThat(me.body().path("workspaceId").asString()).isEqualTo(tenant.workspaceId());
    }

    @Test
    void anUnknownAddressIsCreatedAsAdminOfTheGivenWorkspace() {
        Tenant tenant = newTenant();
        String email = "rescue-" + UUID.randomUUID().toString().substring(0, 8) + "@parley.test";

        recover(email, NEW_PASSWORD, tenant.workspaceId());

        String token = client().login(email, NEW_PASSWORD);
        Response me = client().get("/api/v1/auth/me", token);
        assertThat(me.body().path("role").asString()).isEqualTo("ADMIN");
        assertThat(me.body().path("workspaceId").asString()).isEqualTo(tenant.workspaceId());
        assertThat(client().get("/api/v1/agents", token).status()).isEqualTo(200);
    }

    @Test
    void aGeneratedPasswordReplacesTheOldOne() {
        Tenant tenant = newTenant();
        String email = registerAgent(tenant, Role.SUPERVISOR, "Forgetful");

        recover(email, null, tenant.workspaceId());

        assertThat(client().post("/api/v1/auth/login", null, Map.of("email", email, "password", ADMIN_PASSWORD))
                .code()).isEqualTo("auth.invalid-credentials");
    }

    @Test
    void aWeakPasswordIsRefusedAndChangesNothing() {
        Tenant tenant = newTenant();
        String email = registerAgent(tenant, Role.AGENT, "Still Agent");

        assertThatThrownBy(() -> recover(email, "short", tenant.workspaceId()))
                .hasMessageContaining("at least 10 characters");

        Response me = client().get("/api/v1/auth/me", client().login(email, ADMIN_PASSWORD));
        assertThat(me.body().path("role").asString()).isEqualTo("AGENT");
    }

    @Test
    void withoutAnAddressNothingHappens() {
        new AdminRecovery(new AdminRecoveryProperties(null, NEW_PASSWORD, null), workspaces, agents)
                .run(new DefaultApplicationArguments());

        assertThat(client().post("/api/v1/auth/login", null, Map.of("email", ADMIN_EMAIL, "password", NEW_PASSWORD))
                .status()).isEqualTo(401);
    }

    private void recover(String email, String password, String workspace) {
        new AdminRecovery(new AdminRecoveryProperties(email, password, workspace), workspaces, agents)
                .run(new DefaultApplicationArguments());
    }
}
