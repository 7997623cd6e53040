package io.parley.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.agent.Role;
import io.parley.gateway.protocol.ConversationStatus;
import io.parley.knowledge.KnowledgeDesk;
import io.parley.testing.ParleyClient.Response;
import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.ParleySocket;
import io.parley.testing.ParleySocket.Encoding;
import io.parley.testing.Tenant;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A visitor writing again after a resolve: within the window the same conversation reopens, back to its agent when
 * present, else to the queue, never to the bot; the visitor hears of the resolve; a visitor asks for a person; and
 * a visitor never reaches another visitor's conversations.
 */
class FollowUpIntegrationTests extends ParleyIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void aFollowUpSoonAfterTheResolveReopensTheConversationForItsAgentWhoIsOnline() {
        Tenant tenant = newTenant();
        String visitor = visitorToken(tenant);
        String id = startAndSay(visitor, "Where is my parcel?");
        try (var agent = ParleySocket.open(Encoding.JSON, port, null);
             var widget = ParleySocket.open(Encoding.JSON, port, tenant.origin())) {
            agent.authenticateAgent(tenant.adminToken());
            widget.authenticateVisitor(visitor);
            assertThat(client().post("/api/v1/conversations/" + id + "/claim", tenant.adminToken(), Map.of())
                    .status()).isEqualTo(200);
            assertThat(client().post("/api/v1/conversations/" + id + "/resolve", tenant.adminToken(), Map.of())
                    .status()).isEqualTo(200);
            widget.await(f -> f.hasConversationUpdated()
                    && f.getConversationUpdated().getConversation().getId().equals(id)
                    && f.getConversationUpdated().getConversation().getStatus()
                            == ConversationStatus.CONVERSATION_STATUS_RESOLVED, WAIT);

            Response followUp = say(visitor, id, "It has still not arrived");

            assertThat(followUp.status()).as(followUp.body().toString()).isEqualTo(201);
            JsonNode conversation = client().get("/api/v1/visitor/conversations/" + id, visitor).body();
            assertThat(conversation.path("status").asString()).isEqualTo("ASSIGNED");
            assertThat(conversation.path("assignee").asString()).isEqualTo(adminId(tenant));
            assertThat(client().get("/api/v1/visitor/conversations", visitor).body().path("items").size())
                    .as("no second conversation").isEqualTo(1);
            widget.await(f -> f.hasConversationUpdated()
                    && f.getConversationUpdated().getConversation().getStatus()
                            == ConversationStatus.CONVERSATION_STATUS_ASSIGNED, WAIT);
        }
    }

    @Test
    void withItsAgentOfflineTheFollowUpWaitsForAnyoneAndTheBotStaysOut() {
        Tenant tenant = newTenant();
        String colleague = newAgent(tenant, Role.AGENT);
        String visitor = visitorToken(tenant);
        String id = startAndSay(visitor, "Hello");
        assertThat(client().post("/api/v1/conversations/" + id + "/claim", colleague, Map.of()).status()).isEqualTo(200);
        assertThat(client().post("/api/v1/conversations/" + id + "/resolve", colleague, Map.of()).status())
                .isEqualTo(200);
        try (var admin = ParleySocket.open(Encoding.JSON, port, null)) {
            admin.authenticateAgent(tenant.adminToken()); // someone else is online; the colleague is not

            assertThat(say(visitor, id, "One more question").status()).isEqualTo(201);
        }
        JsonNode conversation = client().get("/api/v1/visitor/conversations/" + id, visitor).body();
        assertThat(conversation.path("status").asString()).isEqualTo("WAITING");
        assertThat(conversation.path("assignee").isMissingNode() || conversation.path("assignee").isNull()).isTrue();
        var unassigned = client().get("/api/v1/conversations?status=WAITING&unassigned=true", tenant.adminToken());
        assertThat(unassigned.body().path("items").toString()).contains(id);
    }

    @Test
    void withAZeroWindowAFollowUpIsRefusedAndTheVisitorStartsANewConversation() {
        Tenant tenant = newTenant();
        setReopenWindow(tenant, 0);
        String visitor = visitorToken(tenant);
        String id = startAndSay(visitor, "Hello");
        client().post("/api/v1/conversations/" + id + "/claim", tenant.adminToken(), Map.of());
        client().post("/api/v1/conversations/" + id + "/resolve", tenant.adminToken(), Map.of());

        Response refused = say(visitor, id, "again");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("conversation.closed");
        assertThat(client().get("/api/v1/visitor/conversations/" + id, visitor).body().path("status").asString())
                .isEqualTo("RESOLVED");
    }

    @Test
    void aReopenWindowOutsideZeroToThirtyDaysIsRefusedAndChangesNothing() {
        Tenant tenant = newTenant();
        setReopenWindow(tenant, 48);
        Response refused = client().put("/api/v1/inboxes/" + tenant.inboxId() + "/widget-settings",
                tenant.adminToken(), settings(721));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("channel.invalid-reopen-window");
        assertThat(client().get("/api/v1/widget/settings?key=" + tenant.widgetKey(), null).body()
                .path("reopenWindowHours").asInt()).isEqualTo(48);
    }

    @Test
    void aVisitorAsksForAPersonAndTheBotStepsBack() {
        Tenant tenant = newTenant();
        var desk = new KnowledgeDesk(client(), tenant, inboxes);
        desk.write("How long do refunds take?", "Three working days."); // else the bot hands over at once
        var botInbox = desk.inbox(Map.of("name", "Bot first", "answerMode", "KNOWLEDGE"));
        String visitor = client().visitorSession(botInbox.path("widgetKey").asString(), tenant.origin())
                .path("visitorToken").asString();
        String id = client().post("/api/v1/visitor/conversations", visitor, Map.of()).body().path("id").asString();
        assertThat(client().get("/api/v1/visitor/conversations/" + id, visitor).body().path("status").asString())
                .isEqualTo("BOT");
        String stranger = visitorToken(tenant);

        assertThat(client().post("/api/v1/visitor/conversations/" + id + "/hand-over", stranger, Map.of()).code())
                .isEqualTo("conversation.not-found");
        Response handed = client().post("/api/v1/visitor/conversations/" + id + "/hand-over", visitor, Map.of());
        Response again = client().post("/api/v1/visitor/conversations/" + id + "/hand-over", visitor, Map.of());

        assertThat(handed.status()).as(handed.body().toString()).isEqualTo(200);
        assertThat(handed.body().path("status").asString()).isEqualTo("WAITING");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("conversation.not-with-bot");
    }

    @Test
    void aVisitorSeesOnlyTheirOwnConversationsAndHistory() {
        Tenant tenant = newTenant();
        Tenant elsewhere = newTenant();
        String ann = visitorToken(tenant);
        String bob = visitorToken(tenant);
        String foreign = visitorToken(elsewhere);
        String annsFirst = startAndSay(ann, "Ann's first");
        client().post("/api/v1/conversations/" + annsFirst + "/claim", tenant.adminToken(), Map.of());
        client().post("/api/v1/conversations/" + annsFirst + "/resolve", tenant.adminToken(), Map.of());
        String annsSecond = client().post("/api/v1/visitor/conversations", ann, Map.of()).body().path("id").asString();

        JsonNode annsList = client().get("/api/v1/visitor/conversations", ann).body().path("items");
        assertThat(annsList.findValuesAsString("id")).containsExactlyInAnyOrder(annsFirst, annsSecond);
        assertThat(client().get("/api/v1/visitor/conversations/" + annsFirst + "/messages", ann).body()
                .path("items").get(0).path("body").asString()).isEqualTo("Ann's first");
        for (String other : new String[] {bob, foreign}) {
            assertThat(client().get("/api/v1/visitor/conversations", other).body().path("items").size()).isZero();
            Response history = client().get("/api/v1/visitor/conversations/" + annsFirst + "/messages", other);
            assertThat(history.status()).isEqualTo(404);
            assertThat(history.code()).isEqualTo("conversation.not-found");
            assertThat(say(other, annsFirst, "let me in").status()).isEqualTo(404);
        }
    }

    private String visitorToken(Tenant tenant) {
        return client().visitorSession(tenant.widgetKey(), tenant.origin()).path("visitorToken").asString();
    }

    private String startAndSay(String visitor, String text) {
        String id = client().post("/api/v1/visitor/conversations", visitor, Map.of()).body().path("id").asString();
        assertThat(say(visitor, id, text).status()).isEqualTo(201);
        return id;
    }

    private Response say(String visitor, String conversation, String text) {
        return client().post("/api/v1/visitor/conversations/" + conversation + "/messages", visitor,
                Map.of("clientMessageId", "v-" + UUID.randomUUID(), "body", text));
    }

    private String adminId(Tenant tenant) {
        return client().get("/api/v1/auth/me", tenant.adminToken()).body().path("id").asString();
    }

    private void setReopenWindow(Tenant tenant, int hours) {
        Response saved = client().put("/api/v1/inboxes/" + tenant.inboxId() + "/widget-settings", tenant.adminToken(),
                settings(hours));
        assertThat(saved.status()).as(saved.body().toString()).isEqualTo(200);
    }

    private static Map<String, Object> settings(int reopenWindowHours) {
        Map<String, Object> settings = new HashMap<>(Map.of("colour", "#2563eb", "position", "RIGHT",
                "showAgentName", true, "nameField", "HIDDEN", "emailField", "HIDDEN"));
        settings.put("reopenWindowHours", reopenWindowHours);
        return settings;
    }
}
