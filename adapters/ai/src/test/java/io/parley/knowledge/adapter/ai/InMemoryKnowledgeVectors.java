package io.parley.knowledge.adapter.ai;

import io.parley.knowledge.port.EmbedText.Model;
import io.parley.knowledge.port.KnowledgeVectors;
import io.parley.shared.KnowledgeEntryId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The in-process index without PostgreSQL behind it, for the evaluation: one workspace's vectors per model. */
final class InMemoryKnowledgeVectors implements KnowledgeVectors {

    private final Map<String, VectorIndex<KnowledgeEntryId>> indexes = new ConcurrentHashMap<>();

    @Override
    public void put(WorkspaceId workspace, KnowledgeEntryId entry, Instant entryUpdatedAt,
                    Map<Model, float[]> vectors) {
        vectors.forEach((model, vector) -> indexes.computeIfAbsent(model.name(), name -> new VectorIndex<KnowledgeEntryId>())
                .put(entry, vector));
    }

    @Override
    public void remove(WorkspaceId workspace, KnowledgeEntryId entry) {
        indexes.values().forEach(index -> index.remove(entry));
    }

    @Override
    public boolean holdsAny(WorkspaceId workspace) {
        return indexes.values().stream().anyMatch(index -> index.size() > 0);
    }

    @Override
    public List<Match> nearest(WorkspaceId workspace, Model model, float[] query, int limit) {
        var index = indexes.get(model.name());
        return index == null ? List.of()
                : index.nearest(query, limit).stream().map(s -> new Match(s.id(), s.score())).toList();
    }

    @Override
    public boolean holds(WorkspaceId workspace, Model model) {
        var index = indexes.get(model.name());
        return index != null && index.size() > 0;
    }

    @Override
    public List<StaleEntry> stale(List<Model> models, int limit) {
        return List.of();
    }

    @Override
    public List<Coverage> coverage(List<Model> models) {
        return List.of();
    }

    @Override
    public Coverage coverage(WorkspaceId workspace, List<Model> models) {
        return new Coverage(workspace, 0, 0);
    }

    @Override
    public void retire(WorkspaceId workspace, List<Model> models) {
        var names = models.stream().map(Model::name).toList();
        indexes.keySet().removeIf(name -> !names.contains(name));
    }
}
