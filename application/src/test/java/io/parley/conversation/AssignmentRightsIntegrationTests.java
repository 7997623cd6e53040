package io.parley.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.agent.Role;
import io.parley.gateway.protocol.PresenceStatus;
import io.parley.testing.ParleyClient.Response;
import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.ParleySocket;
import io.parley.testing.ParleySocket.Encoding;
import io.parley.testing.Tenant;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Agents move the conversations they hold (transfer, back to the queue), not other agents'; supervisors and admins
 * move any. A colleague added or enabled again reaches the open consoles at once.
 */
class AssignmentRightsIntegrationTests extends ParleyIntegrationTest {

    @Test
    void anAgentTransfersAndUnassignsTheirOwnConversationButNotAnotherAgents() {
        Tenant tenant = newTenant();
        String ann = newAgent(tenant, Role.AGENT);
        String bob = newAgent(tenant, Role.AGENT);
        String bobId = id(bob);
        String first = conversation(tenant);
        client().post("/api/v1/conversations/" + first + "/claim", ann, Map.of());

        Response transferred = client().post("/api/v1/conversations/" + first + "/assign", ann, Map.of("agentId", bobId));
        assertThat(transferred.status()).isEqualTo(200);
        assertThat(transferred.body().path("assignee").asString()).isEqualTo(bobId);

        Response notHers = client().post("/api/v1/conversations/" + first + "/unassign", ann, Map.of());
        assertThat(notHers.status()).isEqualTo(403);
        assertThat(notHers.code()).isEqualTo("conversation.assign-forbidden");
        assertThat(client().get("/api/v1/conversations/" + first, bob).body().path("assignee").asString())
                .isEqualTo(bobId);

        Response unassigned = client().post("/api/v1/conversations/" + first + "/unassign", bob, Map.of());
        assertThat(unassigned.status()).isEqualTo(200);
        assertThat(unassigned.body().path("status").asString()).isEqualTo("WAITING");
        assertThat(unassigned.body().path("assignee").isNull() || unassigned.body().path("assignee").isMissingNode())
                .isTrue();
        Response queue = client().get("/api/v1/conversations?status=WAITING&unassigned=true", ann);
        assertThat(queue.body().path("items").findValuesAsString("id")).contains(first);

        Response again = client().post("/api/v1/conversations/" + first + "/unassign", bob, Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("conversation.not-assigned");
    }

    @Test
    void aSupervisorPutsAnyonesConversationBackInTheQueue() {
        Tenant tenant = newTenant();
        String ann = newAgent(tenant, Role.AGENT);
        String supervisor = newAgent(tenant, Role.SUPERVISOR);
        String id = conversation(tenant);
        client().post("/api/v1/conversations/" + id + "/claim", ann, Map.of());

        Response unassigned = client().post("/api/v1/conversations/" + id + "/unassign", supervisor, Map.of());

        assertThat(unassigned.status()).isEqualTo(200);
        assertThat(unassigned.body().path("status").asString()).isEqualTo("WAITING");
    }

    @Test
    void aNewOrReEnabledColleagueIsAnnouncedToOpenConsoles() {
        Tenant tenant = newTenant();
        try (var console = ParleySocket.open(Encoding.JSON, port, null)) {
            console.authenticateAgent(tenant.adminToken());

            Response added = client().post("/api/v1/agents", tenant.adminToken(), Map.of("email",
                    "new-" + tenant.inboxId() + "@parley.test", "displayName", "Newcomer", "role", "AGENT",
                    "password", "long-enough-password"));
            String newcomer = added.body().path("id").asString();

            console.await(f -> f.hasPresence() && f.getPresence().getAgentId().equals(newcomer)
                    && f.getPresence().getStatus() == PresenceStatus.PRESENCE_STATUS_OFFLINE, Duration.ofSeconds(5));
            client().patch("/api/v1/agents/" + newcomer, tenant.adminToken(), Map.of("enabled", false));
            client().patch("/api/v1/agents/" + newcomer, tenant.adminToken(), Map.of("enabled", true));
            console.await(f -> f.hasPresence() && f.getPresence().getAgentId().equals(newcomer), Duration.ofSeconds(5));
        }
    }

    private String conversation(Tenant tenant) {
        String visitor = client().visitorSession(tenant.widgetKey(), tenant.origin()).path("visitorToken").asString();
        return client().post("/api/v1/visitor/conversations", visitor, Map.of()).body().path("id").asString();
    }

    private String id(String token) {
        return client().get("/api/v1/auth/me", token).body().path("id").asString();
    }
}
