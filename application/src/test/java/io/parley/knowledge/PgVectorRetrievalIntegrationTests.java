package io.parley.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.knowledge.port.ChunkVectors;
import io.parley.knowledge.port.EmbedText;
import io.parley.knowledge.port.KnowledgeVectors;
import io.parley.testing.ParleyIntegrationTest;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole application on a database with pgvector: retrieval runs in PostgreSQL, still per workspace. Skipped with
 * a message where the extension is missing, unless {@code -Dparley.require-services=true} (CI), then it fails.
 */
class PgVectorRetrievalIntegrationTests extends ParleyIntegrationTest {

    @Autowired
    KnowledgeVectors vectors;

    @Autowired
    ChunkVectors chunkVectors;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbedText embeddings;

    @BeforeEach
    void requirePgvector() {
        boolean installed = jdbc.sql("SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'vector')")
                .query(Boolean.class).single();
        if (!installed) {
            String message = "needs the PostgreSQL extension \"vector\" (pgvector; .ci/run builds it), which is missing";
            if (Boolean.getBoolean("parley.require-services")) {
                throw new IllegalStateException(message);
            }
            Assumptions.abort(message);
        }
    }

    @Test
    void searchesWithPgvectorWhenTheDatabaseHasIt() {
        assertThat(vectors.getClass().getSimpleName()).isEqualTo("PgVectorKnowledgeVectors");
        // one per configured model; other tests' model changes leave indexes of their own models beside them
        assertThat(hnswIndexes("knowledge_embedding")).containsAll(indexNames("knowledge_embedding_hnsw_"));
    }

    @Test
    void answersFromTheWorkspacesOwnEntriesOnly() {
        var mine = new KnowledgeDesk(client(), newTenant(), inboxes);
        var theirs = new KnowledgeDesk(client(), newTenant(), inboxes);
        String own = mine.write("退款需要多久到账？", "退款会在 3 到 5 个工作日内原路退回。");
        theirs.write("退款多久能到账", "Their secret refund policy.");

        var tried = mine.tryIt("退款几天能到");

        assertThat(tried.path("answeredFrom").asString()).isEqualTo(own);
        assertThat(tried.path("reply").asString()).isEqualTo("退款会在 3 到 5 个工作日内原路退回。");
        assertThat(tried.path("candidates").valueStream().map(c -> c.path("entryId").asString()))
                .containsOnly(own);
    }

    @Test
    void findsDocumentChunksWithPgvectorPerWorkspace() {
        assertThat(chunkVectors.getClass().getSimpleName()).isEqualTo("PgVectorChunkVectors");
        // one per configured model; other tests' model changes leave indexes of their own models beside them
        assertThat(hnswIndexes("knowledge_chunk_embedding")).containsAll(indexNames("knowledge_chunk_hnsw_"));
        var mine = new KnowledgeDesk(client(), newTenant(), inboxes);
        var theirs = new KnowledgeDesk(client(), newTenant(), inboxes);
        String own = new DocumentShelf(client(), mine.tenant().adminToken())
                .uploadReady("guide.md", DocumentIntegrationTests.GUIDE_MD).path("id").asString();
        String foreign = new DocumentShelf(client(), theirs.tenant().adminToken())
                .uploadReady("guide.md", DocumentIntegrationTests.GUIDE_MD).path("id").asString();

        var tried = mine.tryIt("怎么申请电子发票？");

        assertThat(tried.path("quotedDocument").asString()).isEqualTo(own);
        assertThat(tried.path("reply").asString()).startsWith(DocumentIntegrationTests.INVOICE);
        assertThat(tried.path("candidates").valueStream().map(c -> c.path("documentId").asString("")))
                .contains(own).doesNotContain(foreign);
    }

    private List<String> hnswIndexes(String table) {
        return jdbc.sql("SELECT indexname FROM pg_indexes WHERE tablename = :table"
                + " AND indexdef LIKE '%USING hnsw%vector_cosine_ops%'").param("table", table).query(String.class)
                .list();
    }

    private List<String> indexNames(String prefix) {
        return embeddings.models().stream().map(model -> prefix
                + model.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_") + "_" + model.dimensions())
                .toList();
    }
}
