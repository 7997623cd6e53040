package io.parley.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.agent.Role;
import io.parley.testing.ParleyClient.Response;
import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.Tenant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConversationRestIntegrationTests extends ParleyIntegrationTest {

    @Test
    void visitorAndAgentChatOverRestWithTheSameGuarantees() {
        Tenant tenant = newTenant();
        String visitor = client().visitorSession(tenant.widgetKey(), tenant.origin()).path("visitorToken").asString();
        Response started = client().post("/api/v1/visitor/conversations", visitor, Map.of());
        assertThat(started.status()).isEqualTo(201);
        String id = started.body().path("id").asString();

        Response first = client().post("/api/v1/visitor/conversations/" + id + "/messages", visitor,
                Map.of("clientMessageId", "c-1", "body", "Where is my order?"));
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.body().path("sequence").asLong()).isEqualTo(1);
        Response resend = client().post("/api/v1/visitor/conversations/" + id + "/messages", visitor,
                Map.of("clientMessageId", "c-1", "body", "Where is my order?"));
        assertThat(resend.status()).isEqualTo(200);
        assertThat(resend.body().path("duplicate").asBoolean()).isTrue();

        Response reply = client().post("/api/v1/conversations/" + id + "/messages", tenant.adminToken(),
                Map.of("clientMessageId", "a-1", "body", "On its way", "kind", "TEXT"));
        assertThat(reply.body().path("sequence").asLong()).isEqualTo(2);

        Response history = client().get("/api/v1/visitor/conversations/" + id + "/messages?after=0", visitor);
        assertThat(history.body().path("items").size()).isEqualTo(2);
        Response scrollBack = client().get("/api/v1/conversations/" + id + "/messages?before=2&limit=1", tenant.adminToken());
        assertThat(scrollBack.body().path("items").get(0).path("sequence").asLong()).isEqualTo(1);
    }

    @Test
    void conversationMovesThroughItsLifecycleAndRefusesMessagesOnceResolved() {
        Tenant tenant = newTenant();
        // a follow-up within the reopen window would reopen it (FollowUpIntegrationTests); this inbox never reopens
        assertThat(client().put("/api/v1/inboxes/" + tenant.inboxId() + "/widget-settings", tenant.adminToken(),
                Map.of("colour", "#2563eb", "position", "RIGHT", "showAgentName", true, "nameField", "HIDDEN",
                        "emailField", "HIDDEN", "reopenWindowHours", 0)).status()).isEqualTo(200);
        String visitor = client().visitorSession(tenant.widgetKey(), tenant.origin()).path("visitorToken").asString();
        String id = client().post("/api/v1/visitor/conversations", visitor, Map.of()).body().path("id").asString();

        Response waiting = client().get("/api/v1/conversations?status=WAITING&unassigned=true", tenant.adminToken());
        assertThat(waiting.body().path("items").toString()).contains(id);

        Response claimed = client().post("/api/v1/conversations/" + id + "/claim", tenant.adminToken(), Map.of());
        assertThat(claimed.body().path("status").asString()).isEqualTo("ASSIGNED");
        Response resolved = client().post("/api/v1/conversations/" + id + "/resolve", tenant.adminToken(), Map.of());
        assertThat(resolved.body().path("status").asString()).isEqualTo("RESOLVED");

        Response refused = client().post("/api/v1/visitor/conversations/" + id + "/messages", visitor,
                Map.of("clientMessageId", "late", "body", "one more thing"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("conversation.closed");
        assertThat(refused.contentType()).startsWith("application/problem+json");

        Response reopened = client().post("/api/v1/conversations/" + id + "/reopen", tenant.adminToken(), Map.of());
        assertThat(reopened.body().path("status").asString()).isEqualTo("ASSIGNED");
        assertThat(client().get("/api/v1/conversations/" + id + "/messages", tenant.adminToken())
                .body().path("items").size()).as("the refused message was not stored").isZero();
    }

    @Test
    void anAgentCannotTakeAConversationFromAnotherAgentButASupervisorCan() {
        Tenant tenant = newTenant();
        String agentA = newAgent(tenant, Role.AGENT);
        String agentB = newAgent(tenant, Role.AGENT);
        String supervisor = newAgent(tenant, Role.SUPERVISOR);
        String visitor = client().visitorSession(tenant.widgetKey(), tenant.origin()).path("visitorToken").asString();
        String id = client().post("/api/v1/visitor/conversations", visitor, Map.of()).body().path("id").asString();

        assertThat(client().post("/api/v1/conversations/" + id + "/claim", agentA, Map.of()).status()).isEqualTo(200);
        Response stolen = client().post("/api/v1/conversations/" + id + "/claim", agentB, Map.of());
        assertThat(stolen.status()).isEqualTo(403);
        assertThat(stolen.code()).isEqualTo("conversation.assign-forbidden");

        String agentBId = client().get("/api/v1/auth/me", agentB).body().path("id").asString();
        Response transferred = client().post("/api/v1/conversations/" + id + "/assign", supervisor,
                Map.of("agentId", agentBId));
        assertThat(transferred.body().path("assignee").asString()).isEqualTo(agentBId);
    }

    @Test
    void invalidInputGetsAProblemWithAStableCode() {
        Tenant tenant = newTenant();
        String visitor = client().visitorSession(tenant.widgetKey(), tenant.origin()).path("visitorToken").asString();
        String id = client().post("/api/v1/visitor/conversations", visitor, Map.of()).body().path("id").asString();

        Response malformed = client().postRaw("/api/v1/visitor/conversations/" + id + "/messages", visitor, "{\"body\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.code()).isEqualTo("request.malformed");

        Response tooLong = client().post("/api/v1/visitor/conversations/" + id + "/messages", visitor,
                Map.of("clientMessageId", "long", "body", "x".repeat(4001)));
        assertThat(tooLong.status()).isEqualTo(400);

        Response badId = client().get("/api/v1/conversations/not-a-uuid", tenant.adminToken());
        assertThat(badId.status()).isEqualTo(400);

        Response noToken = client().get("/api/v1/conversations", null);
        assertThat(noToken.status()).isEqualTo(401);
        assertThat(noToken.code()).isEqualTo("auth.required");

        Response visitorAsAgent = client().get("/api/v1/conversations", visitor);
        assertThat(visitorAsAgent.status()).isEqualTo(401);
        assertThat(client().get("/api/v1/conversations/" + id + "/messages", tenant.adminToken())
                .body().path("items").size()).isZero();
    }
}
