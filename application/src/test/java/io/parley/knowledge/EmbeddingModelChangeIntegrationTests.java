package io.parley.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.ParleyApplication;
import io.parley.testing.ParleyClient;
import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.TestPostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A model change: entries embedded by the offline models, then the application started again over the same
 * database with an OpenAI-compatible model of another name and size. The new node embeds every entry again in the
 * background, reports its progress, keeps answering from the offline vectors until it is complete, and then answers
 * from the new ones alone.
 */
class EmbeddingModelChangeIntegrationTests extends ParleyIntegrationTest {

    private static final String NEW_MODEL = "fake-embed-b";

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewModelReindexesEveryEntryAndReportsProgressToCompletion() {
        var desk = new KnowledgeDesk(client(), newTenant(), inboxes);
        List<String> ids = new ArrayList<>();
        ids.add(desk.write("Which payment methods can international learners use?",
                "Visa, Mastercard or PayPal on the website."));
        ids.add(desk.write("Can I download videos for offline viewing?", "Yes, in the mobile app."));
        ids.add(desk.write("How do I reset my password?", "Use Forgot password on the sign-in page."));
        ids.add(desk.write("Do you issue invoices for orders?", "Yes, under My orders."));
        ids.add(desk.write("Can I change the email address of my account?", "Yes, under Settings, Account."));
        String token = desk.tenant().adminToken();

        try (var api = new FakeEmbeddingsApi().serve(NEW_MODEL, 48, "sk-new-model", 40)) {
            api.fail(); // the new model's service is down at first: nothing can be embedded with it yet
            try (var restarted = start(api.baseUrl())) {
                var node = new ParleyClient("http://127.0.0.1:"
                        + ((WebServerApplicationContext) restarted).getWebServer().getPort());

                JsonNode waiting = KnowledgeDesk.await(Duration.ofSeconds(20),
                        () -> node.get("/api/v1/knowledge/index", token).body(),
                        s -> s.path("state").asString().equals("RETRYING"));
                assertThat(waiting.path("models").asString()).isEqualTo(NEW_MODEL + " (48)");
                assertThat(waiting.path("total").asInt()).isEqualTo(5);
                assertThat(waiting.path("done").asInt()).isZero();
                assertThat(waiting.path("startedAt").isNull()).isFalse();
                // the offline vectors keep answering meanwhile (MiniLM's threshold, 0.4)
                JsonNode meanwhile = node.get("/api/v1/knowledge/try?q=which%20payment%20methods%20can%20international%20learners%20use", token).body();
                assertThat(meanwhile.path("answeredFrom").asString()).isEqualTo(ids.getFirst());
                assertThat(meanwhile.path("threshold").asDouble()).isEqualTo(0.4);

                api.recover();
                List<JsonNode> seen = new ArrayList<>();
                JsonNode complete = KnowledgeDesk.await(Duration.ofSeconds(60), () -> {
                    JsonNode status = node.get("/api/v1/knowledge/index", token).body();
                    seen.add(status);
                    return status;
                }, s -> s.path("state").asString().equals("COMPLETE"));

                assertThat(complete.path("total").asInt()).isEqualTo(5);
                assertThat(complete.path("done").asInt()).isEqualTo(5);
                assertThat(complete.path("finishedAt").isNull()).isFalse();
                assertThat(seen).extracting(s -> s.path("done").asInt()).isSorted();
                assertThat(jdbc.sql("""
                        SELECT DISTINCT model || '/' || dimensions FROM knowledge_embedding
                        WHERE workspace_id = :workspace""")
                        .param("workspace", UUID.fromString(desk.tenant().workspaceId())).query(String.class).list())
                        .as("the offline models' vectors are dropped once the new ones are complete")
                        .containsExactly(NEW_MODEL + "/48");
                JsonNode after = node.get("/api/v1/knowledge/try?q=which%20payment%20methods%20can%20international%20learners%20use", token).body();
                assertThat(after.path("threshold").asDouble()).isEqualTo(0.3);
                assertThat(after.path("candidates").get(0).path("entryId").asString()).isEqualTo(ids.getFirst());
                if (hasPgvector()) {
                    assertThat(jdbc.sql("SELECT count(*) FROM pg_indexes WHERE indexname ="
                            + " 'knowledge_embedding_hnsw_fake_embed_b_48'").query(Long.class).single())
                            .as("an HNSW index for the new model's dimensions").isEqualTo(1);
                }
            }
        }
    }

    private boolean hasPgvector() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'vector')").query(Boolean.class)
                .single();
    }

    private static ConfigurableApplicationContext start(String baseUrl) {
        return new SpringApplicationBuilder(ParleyApplication.class).run(
                "--server.port=0",
                "--parley.database.url=" + TestPostgres.url(),
                "--parley.database.user=" + TestPostgres.user(),
                "--parley.first-start.admin-email=" + ADMIN_EMAIL,
                "--parley.first-start.admin-password=" + ADMIN_PASSWORD,
                "--parley.security.bcrypt-strength=4",
                "--parley.security.visitor-token-secret=integration-tests-only-secret-0123456789abcdef",
                "--parley.knowledge.embeddings.provider=openai",
                "--parley.knowledge.embeddings.openai.base-url=" + baseUrl,
                "--parley.knowledge.embeddings.openai.api-key=sk-new-model",
                "--parley.knowledge.embeddings.openai.model=" + NEW_MODEL,
                "--parley.knowledge.embeddings.openai.dimensions=48",
                "--parley.knowledge.embeddings.openai.answer-threshold=0.3",
                "--parley.knowledge.embeddings.openai.batch-size=2",
                "--parley.knowledge.reindex-retry=300ms");
    }
}
