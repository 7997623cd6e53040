package io.parley.knowledge.adapter.ai;

import io.parley.knowledge.port.EmbedText.Model;
import io.parley.knowledge.port.KnowledgeVectors;
import io.parley.shared.KnowledgeEntryId;
import io.parley.shared.WorkspaceId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Vectors searched by PostgreSQL itself (pgvector): the same rows as the in-process index plus a {@code vector}
 * column, with one partial HNSW index (cosine) per model, cast to the model's dimensions. Every query is filtered by
 * workspace; the scan is iterative so that a small workspace among many still gets its {@code limit} matches. A new
 * model (another name or size) gets its own index at start-up; the indexes of earlier models stay until dropped by
 * hand, and cost nothing once their rows are gone.
 */
@SecondaryAdapter
class PgVectorKnowledgeVectors implements KnowledgeVectors {

    static final int MAX_HNSW_DIMENSIONS = 2000;
    private static final Logger log = LoggerFactory.getLogger(PgVectorKnowledgeVectors.class);

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;
    /** Removal, the workspace check and the stale-entry scan are the same SQL as without pgvector. */
    private final PostgresKnowledgeVectors rows;

    PgVectorKnowledgeVectors(JdbcClient jdbc, TransactionOperations transactions, List<Model> models) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.rows = new PostgresKnowledgeVectors(jdbc);
        models.forEach(this::index);
        // rows written before the column existed have no vector here: drop them, the start-up catch-up re-embeds
        jdbc.sql("DELETE FROM knowledge_embedding WHERE embedding IS NULL").update();
    }

    private void index(Model model) {
        if (model.dimensions() > MAX_HNSW_DIMENSIONS) {
            log.warn("No HNSW index for {}: pgvector indexes at most {} dimensions; its searches scan the workspace's"
                    + " vectors exactly", model, MAX_HNSW_DIMENSIONS);
            return;
        }
        // a partial index is only used when the query repeats its predicate as constants, hence the literals
        jdbc.sql("CREATE INDEX IF NOT EXISTS " + indexName(model) + " ON knowledge_embedding USING hnsw ((embedding::vector("
                + model.dimensions() + ")) vector_cosine_ops) WHERE " + predicate(model)).update();
    }

    static String indexName(Model model) {
        String name = "knowledge_embedding_hnsw_" + model.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
                + "_" + model.dimensions();
        return name.length() <= 63 ? name : name.substring(0, 54) + "_" + Integer.toHexString(name.hashCode());
    }

    private static String predicate(Model model) {
        return "model = '" + model.name().replace("'", "''") + "' AND dimensions = " + model.dimensions();
    }

    @Override
    public void put(WorkspaceId workspace, KnowledgeEntryId entry, Instant entryUpdatedAt,
                    Map<Model, float[]> vectors) {
        vectors.forEach((model, vector) -> jdbc.sql("""
                        INSERT INTO knowledge_embedding
                            (workspace_id, entry_id, model, dimensions, vector, embedding, entry_updated_at)
                        VALUES (:workspace, :entry, :model, :dimensions, :vector, CAST(:embedding AS vector), :updated)
                        ON CONFLICT (entry_id, model) DO UPDATE SET dimensions = EXCLUDED.dimensions,
                            vector = EXCLUDED.vector, embedding = EXCLUDED.embedding,
                            entry_updated_at = EXCLUDED.entry_updated_at""")
                .param("workspace", workspace.value()).param("entry", entry.value())
                .param("model", model.name()).param("dimensions", model.dimensions())
                .param("vector", Vectors.bytes(vector)).param("embedding", literal(vector))
                .param("updated", Timestamp.from(entryUpdatedAt)).update());
    }

    @Override
    public void remove(WorkspaceId workspace, KnowledgeEntryId entry) {
        rows.remove(workspace, entry);
    }

    @Override
    public boolean holdsAny(WorkspaceId workspace) {
        return rows.holdsAny(workspace);
    }

    @Override
    public List<Match> nearest(WorkspaceId workspace, Model model, float[] query, int limit) {
        String cast = "::vector(" + model.dimensions() + ")";
        String sql = "SELECT entry_id, 1 - (embedding" + cast + " <=> CAST(:query AS vector)" + cast + ") AS score"
                + " FROM knowledge_embedding WHERE workspace_id = :workspace AND " + predicate(model)
                + " ORDER BY embedding" + cast + " <=> CAST(:query AS vector)" + cast + " LIMIT :limit";
        return transactions.execute(status -> {
            jdbc.sql("SELECT set_config('hnsw.iterative_scan', 'relaxed_order', true)").query().singleValue();
            return jdbc.sql(sql).param("workspace", workspace.value()).param("query", literal(query))
                    .param("limit", limit)
                    .query((rs, row) -> new Match(new KnowledgeEntryId(rs.getObject("entry_id", UUID.class)),
                            rs.getDouble("score")))
                    .list().stream()
                    // relaxed order: the index may return near-ties slightly out of order
                    .sorted((a, b) -> Double.compare(b.score(), a.score())).toList();
        });
    }

    @Override
    public boolean holds(WorkspaceId workspace, Model model) {
        return rows.holds(workspace, model);
    }

    @Override
    public List<StaleEntry> stale(List<Model> models, int limit) {
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

    static String literal(float[] vector) {
        var text = new StringBuilder(vector.length * 12).append('[');
        for (int i = 0; i < vector.length; i++) {
            text.append(i == 0 ? "" : ",").append(vector[i]);
        }
        return text.append(']').toString();
    }
}
