package io.parley.knowledge.application;

import io.parley.knowledge.model.KnowledgeEntry;
import io.parley.knowledge.port.EmbedText;
import io.parley.knowledge.port.KnowledgeEntries;
import io.parley.knowledge.port.KnowledgeVectors;
import io.parley.knowledge.port.KnowledgeVectors.StaleEntry;
import io.parley.shared.WorkspaceId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Embeds entries in batches with every configured model and stores their vectors; a disabled or deleted entry
 * loses its vectors instead. When a batch fails, its entries are tried one by one, so that one text the service
 * refuses does not hold back the others; what still fails stays pending.
 */
final class EntryEmbedder {

    /** What a batch came to: entries embedded (or cleared) and failed, per workspace, and the last error. */
    record Outcome(Map<WorkspaceId, Integer> embeddedPerWorkspace, Map<WorkspaceId, Integer> failedPerWorkspace,
                   @Nullable String error) {

        static final Outcome NONE = new Outcome(Map.of(), Map.of(), null);

        static Outcome failure(String error) {
            return new Outcome(Map.of(), Map.of(), error);
        }

        int embedded() {
            return embeddedPerWorkspace.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** Entries that failed; a failure outside any entry (the pass itself) counts as one. */
        int failed() {
            int entries = failedPerWorkspace.values().stream().mapToInt(Integer::intValue).sum();
            return entries == 0 && error != null ? 1 : entries;
        }

        int failedIn(WorkspaceId workspace) {
            return failedPerWorkspace.getOrDefault(workspace, 0);
        }

        Outcome and(Outcome next) {
            var embedded = new HashMap<>(embeddedPerWorkspace);
            next.embeddedPerWorkspace.forEach((w, n) -> embedded.merge(w, n, Integer::sum));
            var failed = new HashMap<>(failedPerWorkspace);
            next.failedPerWorkspace.forEach((w, n) -> failed.merge(w, n, Integer::sum));
            return new Outcome(embedded, failed, next.error != null ? next.error : error);
        }
    }

    private final KnowledgeEntries entries;
    private final KnowledgeVectors vectors;
    private final EmbedText embeddings;

    EntryEmbedder(KnowledgeEntries entries, KnowledgeVectors vectors, EmbedText embeddings) {
        this.entries = entries;
        this.vectors = vectors;
        this.embeddings = embeddings;
    }

    Outcome embed(List<StaleEntry> batch) {
        Map<WorkspaceId, Integer> embedded = new HashMap<>();
        Map<WorkspaceId, Integer> failed = new HashMap<>();
        List<KnowledgeEntry> enabled = new ArrayList<>();
        for (var stale : batch) {
            var entry = entries.findById(stale.workspaceId(), stale.entryId()).filter(KnowledgeEntry::enabled);
            if (entry.isPresent()) {
                enabled.add(entry.get());
            } else {
                vectors.remove(stale.workspaceId(), stale.entryId());
                embedded.merge(stale.workspaceId(), 1, Integer::sum);
            }
        }
        String error = null;
        try {
            store(enabled);
            enabled.forEach(entry -> embedded.merge(entry.workspaceId(), 1, Integer::sum));
        } catch (EmbedText.Unavailable batchFailed) {
            error = batchFailed.getMessage();
            for (var entry : enabled) {
                try {
                    store(List.of(entry));
                    embedded.merge(entry.workspaceId(), 1, Integer::sum);
                } catch (EmbedText.Unavailable e) {
                    failed.merge(entry.workspaceId(), 1, Integer::sum);
                    error = e.getMessage();
                }
            }
        }
        return new Outcome(embedded, failed, error);
    }

    private void store(List<KnowledgeEntry> batch) {
        if (batch.isEmpty()) {
            return;
        }
        var texts = batch.stream().map(KnowledgeEntry::indexText).toList();
        List<Map<EmbedText.Model, float[]>> made = new ArrayList<>();
        batch.forEach(entry -> made.add(new HashMap<>()));
        for (var model : embeddings.models()) {
            var embedded = embeddings.embed(model, texts);
            for (int i = 0; i < batch.size(); i++) {
                made.get(i).put(model, embedded.get(i));
            }
        }
        for (int i = 0; i < batch.size(); i++) {
            var entry = batch.get(i);
            vectors.put(entry.workspaceId(), entry.getId(), entry.updatedAt(), made.get(i));
        }
    }
}
