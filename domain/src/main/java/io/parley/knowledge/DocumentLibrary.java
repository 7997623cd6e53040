package io.parley.knowledge;

import io.parley.shared.WorkspaceId;
import java.util.List;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * A workspace's documents (Markdown, HTML, plain text, PDF) that the bot answers from besides its entries. Uploading
 * checks the file and splits its text into chunks at once; the chunks are embedded in the background. A document of
 * another workspace answers {@code knowledge.document-not-found}, like one that does not exist.
 */
@PrimaryPort
public interface DocumentLibrary {

    /**
     * Stores the document and its chunks, or nothing: a file that is too large, not of a supported type (by its
     * content), encrypted or unreadable is refused with a {@code knowledge.document-*} code.
     */
    DocumentView upload(WorkspaceId workspace, NewDocument document);

    List<DocumentView> list(WorkspaceId workspace);

    DocumentView get(WorkspaceId workspace, KnowledgeDocumentId id);

    /** The document's chunks in reading order. */
    List<ChunkView> chunks(WorkspaceId workspace, KnowledgeDocumentId id);

    /** Extracts and splits the stored file again and embeds the new chunks, e.g. after a failure. */
    DocumentView reprocess(WorkspaceId workspace, KnowledgeDocumentId id);

    /** The document, its chunks and their vectors are gone; the bot no longer quotes it. */
    void delete(WorkspaceId workspace, KnowledgeDocumentId id);
}
