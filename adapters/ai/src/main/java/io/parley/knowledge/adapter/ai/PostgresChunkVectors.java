package io.parley.knowledge.adapter.ai;

import io.parley.knowledge.DocumentChunkId;
import io.parley.knowledge.KnowledgeDocumentId;
import io.parley.knowledge.port.ChunkVectors;
import io.parley.knowledge.port.EmbedText.Model;
import io.parley.shared.WorkspaceId;
import io.parley.knowledge.port.KnowledgeVectors.Coverage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Chunk vectors kept in PostgreSQL ({@code knowledge_chunk_embedding}) and searched in memory, the same way as
 * {@link PostgresKnowledgeVectors} searches entries': a workspace's vectors of one model are read on its first query,
 * kept current by {@link #put} on this node, and read again within {@link PostgresKnowledgeVectors#RECHECK} when the
 * stored rows' stamp (count and newest) changed, which also drops the chunks of deleted documents.
 */
@SecondaryAdapter
class PostgresChunkVectors implements ChunkVectors {

    private record Key(WorkspaceId workspace, String model) {}

    private record Stamp(long rows, @Nullable Timestamp newest) {}

    private static final Stamp CHANGED_HERE = new Stamp(-1, null);

    private record Loaded(VectorIndex<DocumentChunkId> index, Stamp stamp, long checkedAt) {}

    private final JdbcClient jdbc;
    private final Map<Key, Loaded> loaded = new ConcurrentHashMap<>();

    PostgresChunkVectors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(WorkspaceId workspace, KnowledgeDocumentId document, DocumentChunkId chunk,
                    Map<Model, float[]> vectors) {
        vectors.forEach((model, vector) -> {
            jdbc.sql("""
                    INSERT INTO knowledge_chunk_embedding
                        (workspace_id, chunk_id, document_id, model, dimensions, vector, embedded_at)
                    VALUES (:workspace, :chunk, :document, :model, :dimensions, :vector, :at)
                    ON CONFLICT (chunk_id, model) DO UPDATE SET dimensions = EXCLUDED.dimensions,
                        vector = EXCLUDED.vector, embedded_at = EXCLUDED.embedded_at""")
                    .param("workspace", workspace.value()).param("chunk", chunk.value())
                    .param("document", document.value()).param("model", model.name())
                    .param("dimensions", model.dimensions()).param("vector", Vectors.bytes(vector))
                    .param("at", Timestamp.from(Instant.now())).update();
            loaded.computeIfPresent(new Key(workspace, model.name()), (key, current) -> {
                current.index().put(chunk, vector);
                return new Loaded(current.index(), CHANGED_HERE, current.checkedAt());
            });
        });
    }

    @Override
    public boolean holdsAny(WorkspaceId workspace) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM knowledge_chunk_embedding WHERE workspace_id = :workspace)")
                .param("workspace", workspace.value()).query(Boolean.class).single();
    }

    @Override
    public List<ChunkMatch> nearest(WorkspaceId workspace, Model model, float[] query, int limit) {
        var current = loaded.compute(new Key(workspace, model.name()), (key, known) -> fresh(key, model, known));
        return current.index().nearest(query, limit).stream().map(s -> new ChunkMatch(s.id(), s.score())).toList();
    }

    private Loaded fresh(Key key, Model model, @Nullable Loaded known) {
        long now = System.nanoTime();
        if (known != null && now - known.checkedAt() < PostgresKnowledgeVectors.RECHECK.toNanos()) {
            return known;
        }
        Stamp stamp = jdbc.sql("""
                SELECT count(*) AS n, max(embedded_at) AS newest FROM knowledge_chunk_embedding
                WHERE workspace_id = :workspace AND model = :model AND dimensions = :dimensions""")
                .param("workspace", key.workspace().value()).param("model", model.name())
                .param("dimensions", model.dimensions())
                .query((rs, row) -> new Stamp(rs.getLong("n"), rs.getTimestamp("newest"))).single();
        if (known != null && known.stamp().equals(stamp)) {
            return new Loaded(known.index(), stamp, now);
        }
        var index = new VectorIndex<DocumentChunkId>();
        jdbc.sql("""
                SELECT chunk_id, vector FROM knowledge_chunk_embedding
                WHERE workspace_id = :workspace AND model = :model AND dimensions = :dimensions""")
                .param("workspace", key.workspace().value()).param("model", model.name())
                .param("dimensions", model.dimensions())
                .query((rs, row) -> {
                    index.put(new DocumentChunkId(rs.getObject("chunk_id", UUID.class)),
                            Vectors.floats(rs.getBytes("vector")));
                    return null;
                }).list();
        return new Loaded(index, stamp, now);
    }

    @Override
    public boolean holds(WorkspaceId workspace, Model model) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM knowledge_chunk_embedding
                               WHERE workspace_id = :workspace AND model = :model AND dimensions = :dimensions)""")
                .param("workspace", workspace.value()).param("model", model.name())
                .param("dimensions", model.dimensions()).query(Boolean.class).single();
    }

    @Override
    public List<StaleDocument> stale(List<Model> models, int limit) {
        return jdbc.sql("""
                SELECT DISTINCT c.workspace_id, c.document_id FROM knowledge_chunk c
                WHERE (""" + currentVectors(models) + """
                ) < :models
                LIMIT :limit""")
                .param("models", models.size()).param("limit", limit)
                .query((rs, row) -> new StaleDocument(new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                        new KnowledgeDocumentId(rs.getObject("document_id", UUID.class)))).list();
    }

    @Override
    public List<Coverage> coverage(List<Model> models) {
        return coverageQuery(models, "").query(PostgresChunkVectors::coverage).list();
    }

    @Override
    public Coverage coverage(WorkspaceId workspace, List<Model> models) {
        return coverageQuery(models, "WHERE c.workspace_id = :workspace").param("workspace", workspace.value())
                .query(PostgresChunkVectors::coverage).optional().orElse(new Coverage(workspace, 0, 0));
    }

    private JdbcClient.StatementSpec coverageQuery(List<Model> models, String filter) {
        return jdbc.sql("""
                SELECT c.workspace_id, count(*) AS total,
                       count(*) FILTER (WHERE (""" + currentVectors(models) + """
                       ) >= :models) AS current
                FROM knowledge_chunk c\s""" + filter + " GROUP BY c.workspace_id")
                .param("models", models.size());
    }

    private static Coverage coverage(ResultSet rs, int row) throws SQLException {
        return new Coverage(new WorkspaceId(rs.getObject("workspace_id", UUID.class)), rs.getInt("total"),
                rs.getInt("current"));
    }

    @Override
    public void retire(WorkspaceId workspace, List<Model> models) {
        jdbc.sql("DELETE FROM knowledge_chunk_embedding WHERE workspace_id = :workspace AND (model, dimensions)"
                + " NOT IN (" + modelList(models) + ")").param("workspace", workspace.value()).update();
        var names = models.stream().map(Model::name).toList();
        loaded.keySet().removeIf(key -> key.workspace().equals(workspace) && !names.contains(key.model()));
    }

    /** The number of vectors of chunk {@code c} among {@code models}. */
    private static String currentVectors(List<Model> models) {
        return "SELECT count(*) FROM knowledge_chunk_embedding m WHERE m.chunk_id = c.id"
                + " AND (m.model, m.dimensions) IN (" + modelList(models) + ")";
    }

    private static String modelList(List<Model> models) {
        return models.stream().map(m -> "('" + m.name().replace("'", "''") + "', " + m.dimensions() + ")")
                .collect(Collectors.joining(", "));
    }
}
