package io.parley.knowledge.adapter.rest;

import io.parley.knowledge.ChunkView;
import io.parley.knowledge.DocumentLibrary;
import io.parley.knowledge.DocumentView;
import io.parley.knowledge.KnowledgeDocumentId;
import io.parley.knowledge.NewDocument;
import io.parley.shared.DomainException;
import io.parley.shared.WorkspaceId;
import java.util.List;
import org.springframework.stereotype.Component;

/** Documents for the REST adapter's tests: none stored, every upload refused. */
@Component
class FakeDocumentLibrary implements DocumentLibrary {

    @Override
    public DocumentView upload(WorkspaceId workspace, NewDocument document) {
        throw DomainException.invalid("knowledge.document-unsupported-type", "no documents in these tests");
    }

    @Override
    public List<DocumentView> list(WorkspaceId workspace) {
        return List.of();
    }

    @Override
    public DocumentView get(WorkspaceId workspace, KnowledgeDocumentId id) {
        throw notFound();
    }

    @Override
    public List<ChunkView> chunks(WorkspaceId workspace, KnowledgeDocumentId id) {
        throw notFound();
    }

    @Override
    public DocumentView reprocess(WorkspaceId workspace, KnowledgeDocumentId id) {
        throw notFound();
    }

    @Override
    public void delete(WorkspaceId workspace, KnowledgeDocumentId id) {
        throw notFound();
    }

    private static DomainException notFound() {
        return DomainException.notFound("knowledge.document-not-found", "no such document in this workspace");
    }
}
