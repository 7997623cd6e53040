package io.parley.knowledge.port;

import io.parley.knowledge.port.EmbedText.Model;
import io.parley.shared.KnowledgeEntryId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** The vectors of a workspace's enabled entries, one per model, and the nearest ones to a query's. */
@SecondaryPort
public interface KnowledgeVectors {

    /** An entry's closeness to a query: the dot product of unit vectors, 1 for the same direction. */
    record Match(KnowledgeEntryId entryId, double score) {}

    /** An entry whose vectors are missing or older than the entry, as kept by {@link #stale}. */
    record StaleEntry(WorkspaceId workspaceId, KnowledgeEntryId entryId) {}

    /** A workspace's enabled entries, and how many of them have a current vector for every one of the models. */
    record Coverage(WorkspaceId workspaceId, int total, int current) {

        public boolean complete() {
            return current >= total;
        }
    }

    /** Replaces the entry's vectors of these models; {@code entryUpdatedAt} tells later whether they are current. */
    void put(WorkspaceId workspace, KnowledgeEntryId entry, Instant entryUpdatedAt, Map<Model, float[]> vectors);

    void remove(WorkspaceId workspace, KnowledgeEntryId entry);

    /** Whether the workspace has any indexed (enabled) entry: without one the bot has nothing to answer from. */
    boolean holdsAny(WorkspaceId workspace);

    /** Whether the workspace has any vector made by {@code model}. */
    boolean holds(WorkspaceId workspace, Model model);

    /** The best matches first, at most {@code limit}, among the workspace's vectors made by {@code model}. */
    List<Match> nearest(WorkspaceId workspace, Model model, float[] query, int limit);

    /**
     * Enabled entries that have no current vector for one of {@code models} (new model, missed change), oldest change
     * first; vectors of disabled entries are dropped. Vectors of other models are kept (see {@link #retire}).
     */
    List<StaleEntry> stale(List<Model> models, int limit);

    /** Per workspace with enabled entries: how many there are and how many are current for all {@code models}. */
    List<Coverage> coverage(List<Model> models);

    /** The same for one workspace (zero and zero when it has no enabled entry). */
    Coverage coverage(WorkspaceId workspace, List<Model> models);

    /** Drops the workspace's vectors made by any model but {@code models}: once its entries have current ones. */
    void retire(WorkspaceId workspace, List<Model> models);
}
