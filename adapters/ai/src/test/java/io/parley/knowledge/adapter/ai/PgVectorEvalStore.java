package io.parley.knowledge.adapter.ai;

import io.parley.knowledge.port.EmbedText.Model;
import io.parley.knowledge.port.KnowledgeVectors;
import io.parley.shared.KnowledgeEntryId;
import io.parley.shared.WorkspaceId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The pgvector store for the evaluation: makes the workspace and entry rows its vectors refer to on first sight. */
final class PgVectorEvalStore implements KnowledgeVectors {

    private final VectorDatabase database;
    private final KnowledgeVectors store;
    private final Set<WorkspaceId> workspaces = ConcurrentHashMap.newKeySet();

    private PgVectorEvalStore(VectorDatabase database) {
        this.database = database;
        this.store = new PgVectorKnowledgeVectors(database.jdbc, database.transactions,
                KnowledgeEval.Embeddings.SHARED.models());
    }

    static PgVectorEvalStore in(VectorDatabase database) {
        return new PgVectorEvalStore(database);
    }

    @Override
    public void put(WorkspaceId workspace, KnowledgeEntryId entry, Instant entryUpdatedAt,
                    Map<Model, float[]> vectors) {
        if (workspaces.add(workspace)) {
            database.jdbc.sql("INSERT INTO workspace (id, name, created_at) VALUES (:id, 'eval', now())")
                    .param("id", workspace.value()).update();
        }
        database.jdbc.sql("""
                INSERT INTO knowledge_entry (id, workspace_id, question, answer, enabled, created_at, updated_at)
                VALUES (:id, :workspace, '', '', true, :at, :at) ON CONFLICT DO NOTHING""")
                .param("id", entry.value()).param("workspace", workspace.value())
                .param("at", Timestamp.from(entryUpdatedAt)).update();
        store.put(workspace, entry, entryUpdatedAt, vectors);
    }

    @Override
    public void remove(WorkspaceId workspace, KnowledgeEntryId entry) {
        store.remove(workspace, entry);
    }

    @Override
    public boolean holdsAny(WorkspaceId workspace) {
        return store.holdsAny(workspace);
    }

    @Override
    public List<Match> nearest(WorkspaceId workspace, Model model, float[] query, int limit) {
        return store.nearest(workspace, model, query, limit);
    }

    @Override
    public boolean holds(WorkspaceId workspace, Model model) {
        return store.holds(workspace, model);
    }

    @Override
    public List<StaleEntry> stale(List<Model> models, int limit) {
        return store.stale(models, limit);
    }

    @Override
    public List<Coverage> coverage(List<Model> models) {
        return store.coverage(models);
    }

    @Override
    public Coverage coverage(WorkspaceId workspace, List<Model> models) {
        return store.coverage(workspace, models);
    }

    @Override
    public void retire(WorkspaceId workspace, List<Model> models) {
        store.retire(workspace, models);
    }
}
