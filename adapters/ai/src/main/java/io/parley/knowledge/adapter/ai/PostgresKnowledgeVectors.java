package io.parley.knowledge.adapter.ai;

import io.parley.knowledge.port.EmbedText.Model;
import io.parley.knowledge.port.KnowledgeVectors;
import io.parley.shared.KnowledgeEntryId;
import io.parley.shared.WorkspaceId;
import java.sql.Timestamp;
import java.time.Duration;
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
 * Vectors kept in PostgreSQL (the source of truth, table {@code knowledge_embedding}) and searched in memory. A
 * workspace's vectors of one model are read on its first query and kept current by {@link #put} and
 * {@link #remove} on this node; changes made by other nodes are noticed within {@link #RECHECK} by comparing a cheap
 * stamp of the stored rows (their count and newest entry version) with the one read last. Made by
 * {@link KnowledgeVectorsConfiguration} when the database has no pgvector.
 */
@SecondaryAdapter
class PostgresKnowledgeVectors implements KnowledgeVectors {

    static final Duration RECHECK = Duration.ofSeconds(1);

    private record Key(WorkspaceId workspace, String model) {}

    private record Stamp(long rows, @Nullable Timestamp newest) {}

    /** Matches no stored state: an index changed in place is read again at the next check, with others' changes. */
    private static final Stamp CHANGED_HERE = new Stamp(-1, null);

    private record Loaded(VectorIndex<KnowledgeEntryId> index, Stamp stamp, long checkedAt) {}

    private final JdbcClient jdbc;
    private final Map<Key, Loaded> loaded = new ConcurrentHashMap<>();

    PostgresKnowledgeVectors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(WorkspaceId workspace, KnowledgeEntryId entry, Instant entryUpdatedAt,
                    Map<Model, float[]> vectors) {
        vectors.forEach((model, vector) -> {
            jdbc.sql("""
                    INSERT INTO knowledge_embedding
                        (workspace_id, entry_id, model, dimensions, vector, entry_updated_at)
                    VALUES (:workspace, :entry, :model, :dimensions, :vector, :updated)
                    ON CONFLICT (entry_id, model) DO UPDATE SET dimensions = EXCLUDED.dimensions,
                        vector = EXCLUDED.vector, entry_updated_at = EXCLUDED.entry_updated_at""")
                    .param("workspace", workspace.value()).param("entry", entry.value())
                    .param("model", model.name()).param("dimensions", model.dimensions())
                    .param("vector", Vectors.bytes(vector)).param("updated", Timestamp.from(entryUpdatedAt))
                    .update();
            // after the write: a load running now either read the new row or is waited for and then updated
            loaded.computeIfPresent(new Key(workspace, model.name()), (key, current) -> {
                current.index().put(entry, vector);
                return new Loaded(current.index(), CHANGED_HERE, current.checkedAt());
            });
        });
    }

    @Override
    public void remove(WorkspaceId workspace, KnowledgeEntryId entry) {
        jdbc.sql("DELETE FROM knowledge_embedding WHERE workspace_id = :workspace AND entry_id = :entry")
                .param("workspace", workspace.value()).param("entry", entry.value()).update();
        loaded.replaceAll((key, current) -> {
            if (!key.workspace().equals(workspace)) {
                return current;
            }
            current.index().remove(entry);
            return new Loaded(current.index(), CHANGED_HERE, current.checkedAt());
        });
    }

    @Override
    public boolean holdsAny(WorkspaceId workspace) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM knowledge_embedding WHERE workspace_id = :workspace)")
                .param("workspace", workspace.value()).query(Boolean.class).single();
    }

    @Override
    public List<Match> nearest(WorkspaceId workspace, Model model, float[] query, int limit) {
        var key = new Key(workspace, model.name());
        var current = loaded.compute(key, (k, known) -> fresh(k, model, known));
        return current.index().nearest(query, limit).stream().map(s -> new Match(s.id(), s.score())).toList();
    }

    private Loaded fresh(Key key, Model model, @Nullable Loaded known) {
        long now = System.nanoTime();
        if (known != null && now - known.checkedAt() < RECHECK.toNanos()) {
            return known;
        }
        Stamp stamp = stamp(key, model);
        if (known != null && known.stamp().equals(stamp)) {
            return new Loaded(known.index(), stamp, now);
        }
        return new Loaded(load(key, model), stamp, now);
    }

    private Stamp stamp(Key key, Model model) {
        return jdbc.sql("""
                SELECT count(*) AS n, max(entry_updated_at) AS newest FROM knowledge_embedding
                WHERE workspace_id = :workspace AND model = :model AND dimensions = :dimensions""")
                .param("workspace", key.workspace().value()).param("model", model.name())
                .param("dimensions", model.dimensions())
                .query((rs, row) -> new Stamp(rs.getLong("n"), rs.getTimestamp("newest"))).single();
    }

    private VectorIndex<KnowledgeEntryId> load(Key key, Model model) {
        var index = new VectorIndex<KnowledgeEntryId>();
        jdbc.sql("""
                SELECT entry_id, vector FROM knowledge_embedding
                WHERE workspace_id = :workspace AND model = :model AND dimensions = :dimensions""")
                .param("workspace", key.workspace().value()).param("model", model.name())
                .param("dimensions", model.dimensions())
                .query((rs, row) -> {
                    index.put(new KnowledgeEntryId(rs.getObject("entry_id", UUID.class)),
                            Vectors.floats(rs.getBytes("vector")));
                    return null;
                }).list();
        return index;
    }

    @Override
    public boolean holds(WorkspaceId workspace, Model model) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM knowledge_embedding
                               WHERE workspace_id = :workspace AND model = :model AND dimensions = :dimensions)""")
                .param("workspace", workspace.value()).param("model", model.name())
                .param("dimensions", model.dimensions()).query(Boolean.class).single();
    }

    @Override
    public List<StaleEntry> stale(List<Model> models, int limit) {
        jdbc.sql("""
                DELETE FROM knowledge_embedding m USING knowledge_entry e
                WHERE m.entry_id = e.id AND NOT e.enabled""").update();
        return jdbc.sql("""
                SELECT e.workspace_id, e.id FROM knowledge_entry e
                WHERE e.enabled AND (""" + currentVectors(models) + """
                ) < :models
                ORDER BY e.updated_at, e.id LIMIT :limit""")
                .param("models", models.size()).param("limit", limit)
                .query((rs, row) -> new StaleEntry(new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                        new KnowledgeEntryId(rs.getObject("id", UUID.class)))).list();
    }

    @Override
    public List<Coverage> coverage(List<Model> models) {
        return coverageQuery(models, "").query(PostgresKnowledgeVectors::coverage).list();
    }

    @Override
    public Coverage coverage(WorkspaceId workspace, List<Model> models) {
        return coverageQuery(models, "AND e.workspace_id = :workspace").param("workspace", workspace.value())
                .query(PostgresKnowledgeVectors::coverage).optional()
                .orElse(new Coverage(workspace, 0, 0));
    }

    private JdbcClient.StatementSpec coverageQuery(List<Model> models, String filter) {
        return jdbc.sql("""
                SELECT e.workspace_id, count(*) AS total,
                       count(*) FILTER (WHERE (""" + currentVectors(models) + """
                       ) >= :models) AS current
                FROM knowledge_entry e WHERE e.enabled\s""" + filter + " GROUP BY e.workspace_id")
                .param("models", models.size());
    }

    private static Coverage coverage(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Coverage(new WorkspaceId(rs.getObject("workspace_id", UUID.class)), rs.getInt("total"),
                rs.getInt("current"));
    }

    @Override
    public void retire(WorkspaceId workspace, List<Model> models) {
        jdbc.sql("DELETE FROM knowledge_embedding WHERE workspace_id = :workspace AND (model, dimensions) NOT IN ("
                        + modelList(models) + ")").param("workspace", workspace.value()).update();
        var names = models.stream().map(Model::name).toList();
        loaded.keySet().removeIf(key -> key.workspace().equals(workspace) && !names.contains(key.model()));
    }

    /** The number of current vectors of entry {@code e} among {@code models}. */
    private static String currentVectors(List<Model> models) {
        return "SELECT count(*) FROM knowledge_embedding m WHERE m.entry_id = e.id AND m.entry_updated_at = e.updated_at"
                + " AND (m.model, m.dimensions) IN (" + modelList(models) + ")";
    }

    private static String modelList(List<Model> models) {
        return models.stream().map(m -> "('" + m.name().replace("'", "''") + "', " + m.dimensions() + ")")
                .collect(Collectors.joining(", "));
    }
}
