package io.parley.knowledge.port;

import io.parley.knowledge.DocumentChunkId;
import io.parley.knowledge.KnowledgeDocumentId;
import io.parley.knowledge.port.EmbedText.Model;
import io.parley.knowledge.port.KnowledgeVectors.Coverage;
import io.parley.shared.WorkspaceId;
import java.util.List;
import java.util.Map;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The vectors of document chunks, one per model, searched exactly like entries' ({@link KnowledgeVectors}): the same
 * models, the same store (pgvector or in process) and the same workspace filter. Chunks never change (re-processing
 * makes new ones), so a chunk's vector is current once it exists; deleting a chunk deletes its vectors.
 */
@SecondaryPort
public interface ChunkVectors {

    /** A chunk's closeness to a query, on the same scale as an entry's for the same model. */
    record ChunkMatch(DocumentChunkId chunkId, double score) {}

    /** A document with a chunk whose vectors are missing for a configured model. */
    record StaleDocument(WorkspaceId workspaceId, KnowledgeDocumentId documentId) {}

    /** Searches nothing: for retrieval over entries alone (the evaluation command). */
    ChunkVectors NONE = new ChunkVectors() {
        @Override
        public void put(WorkspaceId workspace, KnowledgeDocumentId document, DocumentChunkId chunk,
                        Map<Model, float[]> vectors) {}

        @Override
        public boolean holdsAny(WorkspaceId workspace) {
            return false;
        }

        @Override
        public List<ChunkMatch> nearest(WorkspaceId workspace, Model model, float[] query, int limit) {
            return List.of();
        }

        @Override
        public boolean holds(WorkspaceId workspace, Model model) {
            return false;
        }

        @Override
        public List<StaleDocument> stale(List<Model> models, int limit) {
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
        public void retire(WorkspaceId workspace, List<Model> models) {}
    };

    void put(WorkspaceId workspace, KnowledgeDocumentId document, DocumentChunkId chunk, Map<Model, float[]> vectors);

    /** Whether the workspace has any chunk with vectors. */
    boolean holdsAny(WorkspaceId workspace);

    /** The best matches first, at most {@code limit}, among the workspace's chunk vectors made by {@code model}. */
    List<ChunkMatch> nearest(WorkspaceId workspace, Model model, float[] query, int limit);

    /** Whether the workspace has any chunk vector made by {@code model}. */
    boolean holds(WorkspaceId workspace, Model model);

    /**
     * Documents with a chunk that lacks a vector for one of {@code models} (a new model). Vectors of other models are
     * kept, and keep answering, until {@link #retire}.
     */
    List<StaleDocument> stale(List<Model> models, int limit);

    /** Per workspace with chunks: how many there are and how many have a vector of every one of {@code models}. */
    List<Coverage> coverage(List<Model> models);

    /** The same for one workspace (zero and zero when it has no chunk). */
    Coverage coverage(WorkspaceId workspace, List<Model> models);

    /** Drops the workspace's chunk vectors made by any model but {@code models}: once its chunks have current ones. */
    void retire(WorkspaceId workspace, List<Model> models);
}
