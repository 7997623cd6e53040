package io.parley.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.agent.Role;
import io.parley.testing.ParleyClient.Response;
import io.parley.testing.ParleyIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The knowledge endpoints: agents read and try, only administrators write; disabling takes an entry off the bot. */
class KnowledgeRestIntegrationTests extends ParleyIntegrationTest {

    @Test
    void agentsReadAndTryButOnlyAdministratorsWrite() {
        var desk = new KnowledgeDesk(client(), newTenant(), inboxes);
        String id = desk.write("How long can I access a course?", "Forever: purchased courses never expire.");
        String agent = newAgent(desk.tenant(), Role.AGENT);

        Response refused = client().post("/api/v1/knowledge/entries", agent,
                Map.of("question", "Q?", "answer", "A."));
        Response listed = client().get("/api/v1/knowledge/entries", agent);
        Response tried = client().get("/api/v1/knowledge/try?q=does%20the%20course%20expire", agent);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("auth.forbidden");
        assertThat(listed.body().path("items").valueStream().map(e -> e.path("id").asString())).containsExactly(id);
        assertThat(tried.body().path("action").asString()).isEqualTo("answer");
        assertThat(tried.body().path("answeredFrom").asString()).isEqualTo(id);
        assertThat(tried.body().path("reply").asString()).isEqualTo("Forever: purchased courses never expire.");
        assertThat(tried.body().path("candidates").get(0).path("score").asDouble())
                .isGreaterThanOrEqualTo(tried.body().path("threshold").asDouble());
    }

    @Test
    void aDisabledEntryIsNoLongerOffered() {
        var desk = new KnowledgeDesk(client(), newTenant(), inboxes);
        String id = desk.write("Can I pay with PayPal?", "Yes, PayPal is accepted at checkout.");

        Response disabled = client().patch("/api/v1/knowledge/entries/" + id, desk.tenant().adminToken(),
                Map.of("enabled", false));

        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.body().path("enabled").asBoolean()).isFalse();
        var tried = KnowledgeDesk.await(Duration.ofSeconds(10), () -> desk.tryIt("can I pay with paypal"),
                reply -> reply.path("candidates").isEmpty());
        assertThat(tried.path("candidates").size()).isZero();
        assertThat(tried.path("action").asString()).isEqualTo("hand-over");
    }

    @Test
    void revisingAnEntryKeepsWhatThePatchLeavesOutAndRefusesInvalidText() {
        var desk = new KnowledgeDesk(client(), newTenant(), inboxes);
        String id = desk.write("When do live classes start?", "At 20:00 Beijing time.");

        Response revised = client().patch("/api/v1/knowledge/entries/" + id, desk.tenant().adminToken(),
                Map.of("answer", "At 20:00 Beijing time (UTC+8)."));
        Response invalid = client().patch("/api/v1/knowledge/entries/" + id, desk.tenant().adminToken(),
                Map.of("question", " "));

        assertThat(revised.body().path("question").asString()).isEqualTo("When do live classes start?");
        assertThat(revised.body().path("answer").asString()).isEqualTo("At 20:00 Beijing time (UTC+8).");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.code()).isEqualTo("knowledge.invalid-question");
    }

    @Test
    void exportedEntriesImportIntoAnotherWorkspace() {
        var source = new KnowledgeDesk(client(), newTenant(), inboxes);
        source.write("Do you issue invoices?", "Yes: request one under My orders within 30 days.");
        var target = newTenant();

        Response exported = client().get("/api/v1/knowledge/export", source.tenant().adminToken());
        Response imported = client().postRaw("/api/v1/knowledge/import", target.adminToken(),
                exported.body().toString());
        Response refused = client().post("/api/v1/knowledge/import", target.adminToken(),
                Map.of("entries", List.of(Map.of("question", "ok?", "answer", "ok"), Map.of("question", "no answer"))));

        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(201);
        assertThat(imported.body().path("items").get(0).path("answer").asString())
                .isEqualTo("Yes: request one under My orders within 30 days.");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(client().get("/api/v1/knowledge/entries", target.adminToken()).body().path("items").size())
                .as("a refused import stores nothing").isEqualTo(1);
    }
}
