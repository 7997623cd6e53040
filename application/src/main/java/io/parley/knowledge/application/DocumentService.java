package io.parley.knowledge.application;

import io.parley.knowledge.ChunkView;
import io.parley.knowledge.DocumentChunkId;
import io.parley.knowledge.DocumentLibrary;
import io.parley.knowledge.DocumentView;
import io.parley.knowledge.KnowledgeDocumentId;
import io.parley.knowledge.NewDocument;
import io.parley.knowledge.model.Chunker;
import io.parley.knowledge.model.DocumentChunk;
import io.parley.knowledge.model.DocumentFile;
import io.parley.knowledge.model.DocumentText;
import io.parley.knowledge.model.KnowledgeDocument;
import io.parley.knowledge.port.ExtractText;
import io.parley.knowledge.port.KnowledgeDocuments;
import io.parley.shared.DomainException;
import io.parley.shared.WorkspaceId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Uploading, listing, re-processing and deleting documents. A file is checked, read and split before anything is
 * stored, so a refused file leaves nothing behind; the document, its file and its chunks are stored in one
 * transaction, and {@link DocumentIndexer} embeds the chunks after it commits.
 */
@Service
class DocumentService implements DocumentLibrary {

    private final KnowledgeDocuments documents;
    private final ExtractText extraction;
    private final KnowledgeProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionOperations transactions;
    private final Clock clock;

    DocumentService(KnowledgeDocuments documents, ExtractText extraction, KnowledgeProperties properties,
                    ApplicationEventPublisher events, TransactionOperations transactions, Clock clock) {
        this.transactions = transactions;
        this.documents = documents;
        this.extraction = extraction;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    // reading a large PDF takes a moment: no transaction, and so no connection, until there is something to store
    @Override
    public DocumentView upload(WorkspaceId workspace, NewDocument upload) {
        var file = DocumentFile.check(upload.fileName(), upload.content(),
                properties.documents().maxSize().toBytes());
        DocumentText text = extraction.extract(file.format(), upload.content());
        var pieces = Chunker.split(text);
        var document = KnowledgeDocument.upload(workspace, file.title(upload.title(), text.title()), file,
                pieces.size(), clock.instant());
        var chunks = chunks(document, pieces);
        transactions.executeWithoutResult(status -> {
            documents.add(document, upload.content(), chunks);
            document.releaseEvents().forEach(events::publishEvent);
        });
        return view(document);
    }

    @Override
    @Transactional(readOnly = true)
    public List<DocumentView> list(WorkspaceId workspace) {
        return documents.findByWorkspace(workspace).stream().map(DocumentService::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public DocumentView get(WorkspaceId workspace, KnowledgeDocumentId id) {
        return view(load(workspace, id));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ChunkView> chunks(WorkspaceId workspace, KnowledgeDocumentId id) {
        load(workspace, id);
        return documents.chunks(workspace, id).stream().map(c -> new ChunkView(c.id(), c.documentId(),
                c.position(), c.headings(), c.text())).toList();
    }

    @Override
    public DocumentView reprocess(WorkspaceId workspace, KnowledgeDocumentId id) {
        byte[] file = documents.file(workspace, id).orElseThrow(DocumentService::notFound);
        var format = load(workspace, id).format();
        var pieces = Chunker.split(extraction.extract(format, file));
        return transactions.execute(status -> {
            var document = load(workspace, id);
            document.split(pieces.size(), clock.instant());
            documents.replaceChunks(document, chunks(document, pieces));
            document.releaseEvents().forEach(events::publishEvent);
            return view(document);
        });
    }

    @Override
    @Transactional
    public void delete(WorkspaceId workspace, KnowledgeDocumentId id) {
        if (!documents.delete(workspace, id)) {
            throw notFound();
        }
    }

    private static List<DocumentChunk> chunks(KnowledgeDocument document, List<Chunker.Piece> pieces) {
        var chunks = new ArrayList<DocumentChunk>(pieces.size());
        for (int i = 0; i < pieces.size(); i++) {
            chunks.add(new DocumentChunk(DocumentChunkId.random(), document.getId(), i, pieces.get(i).headings(),
                    pieces.get(i).text()));
        }
        return chunks;
    }

    private KnowledgeDocument load(WorkspaceId workspace, KnowledgeDocumentId id) {
        return documents.findById(workspace, id).orElseThrow(DocumentService::notFound);
    }

    private static DomainException notFound() {
        return DomainException.notFound("knowledge.document-not-found", "no such document in this workspace");
    }

    static DocumentView view(KnowledgeDocument d) {
        return new DocumentView(d.getId(), d.workspaceId(), d.title(), d.fileName(), d.format(), d.size(),
                d.status(), d.chunks(), d.error(), d.uploadedAt(), d.updatedAt());
    }
}
