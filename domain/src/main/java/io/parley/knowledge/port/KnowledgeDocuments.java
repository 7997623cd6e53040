package io.parley.knowledge.port;

import io.parley.knowledge.DocumentChunkId;
import io.parley.knowledge.KnowledgeDocumentId;
import io.parley.knowledge.model.DocumentChunk;
import io.parley.knowledge.model.DocumentPassage;
import io.parley.knowledge.model.KnowledgeDocument;
import io.parley.shared.WorkspaceId;
import java.util.List;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Where documents, their original files and their chunks are kept, per workspace. */
@SecondaryPort
public interface KnowledgeDocuments {

    /** A new document with its file and chunks. */
    void add(KnowledgeDocument document, byte[] file, List<DocumentChunk> chunks);

    /** Saves the document's state (status, chunk count). */
    void save(KnowledgeDocument document);

    /** Replaces the document's chunks (their vectors go with the old ones) and saves its state. */
    void replaceChunks(KnowledgeDocument document, List<DocumentChunk> chunks);

    Optional<KnowledgeDocument> findById(WorkspaceId workspace, KnowledgeDocumentId id);

    /** Newest first. */
    List<KnowledgeDocument> findByWorkspace(WorkspaceId workspace);

    /** Documents still waiting for their chunks' vectors, oldest first, at most {@code limit}. */
    List<KnowledgeDocument> processing(int limit);

    Optional<byte[]> file(WorkspaceId workspace, KnowledgeDocumentId id);

    /** In reading order. */
    List<DocumentChunk> chunks(WorkspaceId workspace, KnowledgeDocumentId id);

    /** A chunk with its document's title, for quoting; empty when it (or its document) is gone. */
    Optional<DocumentPassage> passage(WorkspaceId workspace, DocumentChunkId chunk);

    /** Whether the document existed; its chunks and their vectors are deleted with it. */
    boolean delete(WorkspaceId workspace, KnowledgeDocumentId id);
}
