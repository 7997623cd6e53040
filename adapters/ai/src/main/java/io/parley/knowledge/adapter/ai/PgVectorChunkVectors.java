package io.parley.knowledge.adapter.ai;

import io.parley.knowledge.DocumentChunkId;
import io.parley.knowledge.KnowledgeDocumentId;
import io.parley.knowledge.port.ChunkVectors;
import io.parley.knowledge.port.EmbedText.Model;
import io.parley.knowledge.port.KnowledgeVectors.Coverage;
import io.parley.shared.WorkspaceId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Chunk vectors searched by PostgreSQL (pgvector), as {@link PgVectorKnowledgeVectors} searches entries': one partial
 * HNSW index (cosine) per model on {@code knowledge_chunk_embedding}, every query filtered by workspace with an
 * iterative scan.
 */
@SecondaryAdapter
class PgVectorChunkVectors implements ChunkVectors {

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;
    /** The workspace check and the stale-chunk scan are the same SQL as without pgvector. */
    private final PostgresChunkVectors rows;

    PgVectorChunkVectors(JdbcClient jdbc, TransactionOperations transactions, List<Model> models) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.rows = new PostgresChunkVectors(jdbc);
        models.forEach(this::index);
        // rows written before the column existed have no vector here: drop them, the start-up catch-up re-embeds
        jdbc.sql("DELETE FROM knowledge_chunk_embedding WHERE embedding IS NULL").update();
    }

    /** A new model (another name or size) gets its own index, as entries' do; too many dimensions scan exactly. */
    private void index(Model model) {
        if (model.dimensions() > PgVectorKnowledgeVectors.MAX_HNSW_DIMENSIONS) {
            return;
        }
        jdbc.sql("CREATE INDEX IF NOT EXISTS " + indexName(model) + " ON knowledge_chunk_embedding USING hnsw"
                + " ((embedding::vector(" + model.dimensions() + ")) vector_cosine_ops) WHERE " + predicate(model))
                .update();
    }

    static String indexName(Model model) {
        String name = "knowledge_chunk_hnsw_" + model.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
                + "_" + model.dimensions();
        return name.length() <= 63 ? name : name.substring(0, 54) + "_" + Integer.toHexString(name.hashCode());
    }

    private static String predicate(Model model) {
        return "model = '" + model.name().replace("'", "''") + "' AND dimensions = " + model.dimensions();
    }

    @Override
    public void put(WorkspaceId workspace, KnowledgeDocumentId document, DocumentChunkId chunk,
                    Map<Model, float[]> vectors) {
        vectors.forEach((model, vector) -> jdbc.sql("""
                        INSERT INTO knowledge_chunk_embedding (workspace_id, chunk_id, document_id, model, dimensions,
                            vector, embedding, embedded_at)
                        VALUES (:workspace, :chunk, :document, :model, :dimensions, :vector,
                            CAST(:embedding AS vector), :at)
                        ON CONFLICT (chunk_id, model) DO UPDATE SET dimensions = EXCLUDED.dimensions,
                            vector = EXCLUDED.vector, embedding = EXCLUDED.embedding,
                            embedded_at = EXCLUDED.embedded_at""")
                .param("workspace", workspace.value()).param("chunk", chunk.value())
                .param("document", document.value()).param("model", model.name())
                .param("dimensions", model.dimensions()).param("vector", Vectors.bytes(vector))
                .param("embedding", PgVectorKnowledgeVectors.literal(vector))
                .param("at", Timestamp.from(Instant.now())).update());
    }

    @Override
    public boolean holdsAny(WorkspaceId workspace) {
        return rows.holdsAny(workspace);
    }

    @Override
    public List<ChunkMatch> nearest(WorkspaceId workspace, Model model, float[] query, int limit) {
        String cast = "::vector(" + model.dimensions() + ")";
        String sql = "SELECT chunk_id, 1 - (embedding" + cast + " <=> CAST(:query AS vector)" + cast + ") AS score"
                + " FROM knowledge_chunk_embedding WHERE workspace_id = :workspace AND " + predicate(model)
                + " ORDER BY embedding" + cast + " <=> CAST(:query AS vector)" + cast + " LIMIT :limit";
        return transactions.execute(status -> {
            jdbc.sql("SELECT set_config('hnsw.iterative_scan', 'relaxed_order', true)").query().singleValue();
            return jdbc.sql(sql).param("workspace", workspace.value())
                    .param("query", PgVectorKnowledgeVectors.literal(query)).param("limit", limit)
                    .query((rs, row) -> new ChunkMatch(new DocumentChunkId(rs.getObject("chunk_id", UUID.class)),
                            rs.getDouble("score")))
                    .list().stream()
                    .sorted((a, b) -> Double.compare(b.score(), a.score())).toList();
        });
    }

    @Override
    public boolean holds(WorkspaceId workspace, Model model) {
        return rows.holds(workspace, model);
    }

    @Override
    public List<StaleDocument> stale(List<Model> models, int limit) {
        return rows.stale(models, limit);
    }

    @Override
    public List<Coverage> coverage(List<Model> models) {
        return rows.coverage(models);
    }

    @Override
    public Coverage coverage(WorkspaceId workspace, List<Model> models) {
        return rows.coverage(workspace, models);
    }

    @Override
    public void retire(WorkspaceId workspace, List<Model> models) {
        rows.retire(workspace, models);
    }
}
