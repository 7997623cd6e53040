package io.parley.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.ParleyApplication;
import io.parley.testing.ParleyClient;
import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.TestPostgres;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A model change re-embeds document chunks as well as entries: the application started again over the same database
 * with an OpenAI-compatible model of another name and size embeds the workspace's chunks again in the same index run,
 * counts them in its progress, answers from the chunks' offline vectors until the run is complete, and then from the
 * new ones alone.
 */
class DocumentModelChangeIntegrationTests extends ParleyIntegrationTest {

    private static final String NEW_MODEL = "fake-embed-c";
    private static final String QUESTION = "how%20long%20is%20the%20warranty%20on%20the%20kettle";

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewModelReembedsDocumentChunksInTheSameRunAndTheOldVectorsAnswerUntilItCompletes() {
        var desk = new KnowledgeDesk(client(), newTenant(), inboxes);
        String token = desk.tenant().adminToken();
        desk.write("How do I reset my password?", "Use Forgot password on the sign-in page.");
        var shelf = new DocumentShelf(client(), token);
        JsonNode document = shelf.uploadReady("warranty.md", """
                # Warranty

                ## Kettles

                The warranty on the kettle is two years from the date of purchase; keep the receipt.

                ## Toasters

                Toasters are covered for one year; the crumb tray is not covered.
                """);
        String documentId = document.path("id").asString();
        int chunks = shelf.chunks(documentId).size();
        assertThat(chunks).isPositive();
        UUID workspace = UUID.fromString(desk.tenant().workspaceId());

        try (var api = new FakeEmbeddingsApi().serve(NEW_MODEL, 48, "sk-new-model", 40)) {
            api.fail(); // the new model's service is down at first: nothing can be embedded with it yet
            try (var restarted = start(api.baseUrl())) {
                var node = new ParleyClient("http://127.0.0.1:"
                        + ((WebServerApplicationContext) restarted).getWebServer().getPort());

                JsonNode waiting = KnowledgeDesk.await(Duration.ofSeconds(20),
                        () -> node.get("/api/v1/knowledge/index", token).body(),
                        s -> s.path("state").asString().equals("RETRYING"));
                assertThat(waiting.path("total").asInt()).as("the entry and every chunk").isEqualTo(1 + chunks);
                assertThat(waiting.path("done").asInt()).isZero();
                // the chunks' offline vectors keep answering meanwhile (MiniLM's threshold, 0.4)
                JsonNode meanwhile = node.get("/api/v1/knowledge/try?q=" + QUESTION, token).body();
                assertThat(meanwhile.path("threshold").asDouble()).isEqualTo(0.4);
                assertThat(meanwhile.path("candidates").get(0).path("documentId").asString()).isEqualTo(documentId);

                api.recover();
                JsonNode complete = KnowledgeDesk.await(Duration.ofSeconds(60),
                        () -> node.get("/api/v1/knowledge/index", token).body(),
                        s -> s.path("state").asString().equals("COMPLETE"));

                assertThat(complete.path("total").asInt()).isEqualTo(1 + chunks);
                assertThat(complete.path("done").asInt()).isEqualTo(1 + chunks);
                assertThat(jdbc.sql("""
                        SELECT DISTINCT model || '/' || dimensions FROM knowledge_chunk_embedding
                        WHERE workspace_id = :workspace""")
                        .param("workspace", workspace).query(String.class).list())
                        .as("the offline models' chunk vectors are dropped once the new ones are complete")
                        .containsExactly(NEW_MODEL + "/48");
                assertThat(jdbc.sql("SELECT count(*) FROM knowledge_chunk_embedding WHERE workspace_id = :workspace")
                        .param("workspace", workspace).query(Long.class).single()).isEqualTo(chunks);
                JsonNode after = node.get("/api/v1/knowledge/try?q=" + QUESTION, token).body();
                assertThat(after.path("threshold").asDouble()).isEqualTo(0.3);
                assertThat(after.path("candidates").valueStream().map(c -> c.path("documentId").asString()))
                        .as("the document is found with the new model's vectors").contains(documentId);
                assertThat(shelf.get(documentId).body().path("status").asString()).isEqualTo("ready");
                if (hasPgvector()) {
                    assertThat(jdbc.sql("SELECT count(*) FROM pg_indexes WHERE indexname ="
                            + " 'knowledge_chunk_hnsw_fake_embed_c_48'").query(Long.class).single())
                            .as("an HNSW index on chunk vectors for the new model's dimensions").isEqualTo(1);
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
