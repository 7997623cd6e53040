package io.parley.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.agent.Role;
import io.parley.testing.ParleyClient.Response;
import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.Tenant;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Unanswered questions collected for review, reply suggestions for agents, entry drafts from agents' replies. */
class KnowledgeReviewIntegrationTests extends ParleyIntegrationTest {

    private static final String ANSWER = "Refunds reach your card within 3 working days.";

    @Test
    void aQuestionHandedOverForLowConfidenceWaitsForReviewUntilDismissed() {
        var desk = new KnowledgeDesk(client(), newTenant(), inboxes);
        desk.write("How long do refunds take?", ANSWER);
        var visit = desk.visit();
        desk.say(visit, "Do you ship parrots to Antarctica?");
        desk.awaitStatus(visit, "WAITING", Duration.ofSeconds(30));
        String admin = desk.tenant().adminToken();

        var listed = KnowledgeDesk.await(Duration.ofSeconds(10),
                () -> client().get("/api/v1/knowledge/unanswered", admin).body().path("items"),
                items -> !items.isEmpty());
        String id = listed.get(0).path("id").asString();
        Response foreign = client().post("/api/v1/knowledge/unanswered/" + id + "/dismiss",
                newTenant().adminToken(), Map.of());
        Response refused = client().post("/api/v1/knowledge/unanswered/" + id + "/dismiss",
                newAgent(desk.tenant(), Role.AGENT), Map.of());
        Response dismissed = client().post("/api/v1/knowledge/unanswered/" + id + "/dismiss", admin, Map.of());
        Response again = client().post("/api/v1/knowledge/unanswered/" + id + "/dismiss", admin, Map.of());
        Response malformed = client().post("/api/v1/knowledge/unanswered/not-an-id/dismiss", admin, Map.of());

        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("question").asString()).isEqualTo("Do you ship parrots to Antarctica?");
        assertThat(listed.get(0).path("conversationId").asString()).isEqualTo(visit.conversationId());
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.code()).isEqualTo("knowledge.unanswered-not-found");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(dismissed.status()).isEqualTo(204);
        assertThat(again.code()).isEqualTo("knowledge.unanswered-not-found");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.code()).isEqualTo("knowledge.invalid-id");
        assertThat(client().get("/api/v1/knowledge/unanswered", admin).body().path("items").isEmpty()).isTrue();
    }

    @Test
    void anAgentGetsSuggestionsForTheVisitorsLatestMessageAndTurnsAReplyIntoADisabledDraft() {
        Tenant tenant = newTenant();
        var desk = new KnowledgeDesk(client(), tenant, inboxes);
        String entry = desk.write("How long do refunds take?", ANSWER);
        String visitor = client().visitorSession(tenant.widgetKey(), tenant.origin()).path("visitorToken").asString();
        String conversation = client().post("/api/v1/visitor/conversations", visitor, Map.of()).body().path("id")
                .asString();
        client().post("/api/v1/visitor/conversations/" + conversation + "/messages", visitor,
                Map.of("clientMessageId", "v-1", "body", "when will my refund arrive"));
        String agent = newAgent(tenant, Role.AGENT);

        Response suggested = client().get("/api/v1/conversations/" + conversation + "/suggestions", agent);
        client().post("/api/v1/conversations/" + conversation + "/claim", agent, Map.of());
        Response reply = client().post("/api/v1/conversations/" + conversation + "/messages", agent,
                Map.of("clientMessageId", "a-1", "body", "It takes 3 working days; I have started yours."));
        Response drafted = client().post("/api/v1/knowledge/drafts", agent,
                Map.of("conversationId", conversation, "messageId", reply.body().path("id").asString()));
        Response notAReply = client().post("/api/v1/knowledge/drafts", agent,
                Map.of("conversationId", conversation, "messageId", UUID.randomUUID().toString()));
        Response foreign = client().get("/api/v1/conversations/" + conversation + "/suggestions",
                newTenant().adminToken());

        assertThat(suggested.status()).as(suggested.body().toString()).isEqualTo(200);
        assertThat(suggested.body().path("items").get(0).path("entryId").asString()).isEqualTo(entry);
        assertThat(suggested.body().path("items").get(0).path("answer").asString()).isEqualTo(ANSWER);
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        assertThat(drafted.status()).as(drafted.body().toString()).isEqualTo(201);
        assertThat(drafted.body().path("enabled").asBoolean()).isFalse();
        assertThat(drafted.body().path("question").asString()).isEqualTo("when will my refund arrive");
        assertThat(drafted.body().path("answer").asString()).isEqualTo("It takes 3 working days; I have started yours.");
        assertThat(notAReply.status()).isEqualTo(400);
        assertThat(notAReply.code()).isEqualTo("knowledge.not-a-reply");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(desk.tryIt("It takes 3 working days; I have started yours").path("candidates").toString())
                .doesNotContain(drafted.body().path("id").asString());
    }
}
