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

    /** Replaces the entry's vectors; {@code entryUpdatedAt} tells later whether they are current. */
    void put(WorkspaceId workspace, KnowledgeEntryId entry, Instant entryUpdatedAt, Map<Model, float[]> vectors);

    void remove(WorkspaceId workspace, KnowledgeEntryId entry);

    /** Whether the workspace has any indexed (enabled) entry: without one the bot has nothing to answer from. */
    boolean holdsAny(WorkspaceId workspace);

    /** The best matches first, at most {@code limit}, among the workspace's vectors made by {@code model}. */
    List<Match> nearest(WorkspaceId workspace, Model model, float[] query, int limit);

    /**
     * Enabled entries that have no current vector for one of {@code models} (new model, missed change); vectors of
     * any other model are dropped.
     */
    List<StaleEntry> stale(List<Model> models, int limit);
}
