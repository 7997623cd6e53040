package io.parley.knowledge.application;

import io.parley.knowledge.KnowledgeDocumentChanged;
import io.parley.knowledge.KnowledgeDocumentId;
import io.parley.knowledge.model.Retrieval;
import io.parley.knowledge.port.ChunkVectors;
import io.parley.knowledge.port.EmbedText;
import io.parley.knowledge.port.KnowledgeDocuments;
import io.parley.shared.WorkspaceId;
import java.time.Clock;
import java.util.HashSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Embeds a document's chunks in the background once its upload (or re-processing) commits, then marks it ready. At
 * start, documents left processing (a crash) and chunks without a vector for a configured model are caught up, as
 * {@link KnowledgeIndexer} does for entries.
 */
@Component
class DocumentIndexer {

    private static final Logger log = LoggerFactory.getLogger(DocumentIndexer.class);

    private final KnowledgeDocuments documents;
    private final ChunkVectors vectors;
    private final EmbedText embeddings;
    private final KnowledgeProperties properties;
    private final Clock clock;

    DocumentIndexer(KnowledgeDocuments documents, ChunkVectors vectors, EmbedText embeddings,
                    KnowledgeProperties properties, Clock clock) {
        this.documents = documents;
        this.vectors = vectors;
        this.embeddings = embeddings;
        this.properties = properties;
        this.clock = clock;
    }

    // no transaction: embedding a long document takes a while and must not hold a connection meanwhile
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(KnowledgeDocumentChanged changed) {
        index(changed.workspaceId(), changed.documentId());
    }

    void index(WorkspaceId workspace, KnowledgeDocumentId id) {
        var before = documents.findById(workspace, id);
        if (before.isEmpty()) {
            return;
        }
        try {
            for (var chunk : documents.chunks(workspace, id)) {
                vectors.put(workspace, id, chunk.id(), Retrieval.vectorsOf(embeddings, chunk));
            }
        } catch (RuntimeException e) {
            // deleted or split again meanwhile: the chunks are gone, and a newer event embeds the new ones
            var now = documents.findById(workspace, id);
            if (now.isEmpty() || !now.get().updatedAt().equals(before.get().updatedAt())) {
                return;
            }
            log.warn("Could not embed the chunks of document {}; it is marked failed", id, e);
            now.get().failed("knowledge.document-index-failed", clock.instant());
            documents.save(now.get());
            return;
        }
        documents.findById(workspace, id)
                .filter(current -> current.updatedAt().equals(before.get().updatedAt()))
                .filter(current -> current.indexed(clock.instant()))
                .ifPresent(documents::save);
    }

    @EventListener(ApplicationReadyEvent.class)
    void catchUpInBackground() {
        Thread.ofVirtual().name("document-reindex").start(this::catchUp);
    }

    void catchUp() {
        var attempted = new HashSet<KnowledgeDocumentId>();
        try {
            for (var document : documents.processing(properties.reindexBatch())) {
                if (attempted.add(document.getId())) {
                    index(document.workspaceId(), document.getId());
                }
            }
            var stale = vectors.stale(embeddings.models(), properties.reindexBatch());
            // a document that fails to embed stays stale: stop rather than try it forever
            while (!stale.isEmpty() && stale.stream().anyMatch(s -> attempted.add(s.documentId()))) {
                stale.forEach(s -> index(s.workspaceId(), s.documentId()));
                stale = vectors.stale(embeddings.models(), properties.reindexBatch());
            }
            if (!attempted.isEmpty()) {
                log.info("Document index caught up: {} documents embedded with {}", attempted.size(),
                        embeddings.models());
            }
        } catch (RuntimeException e) {
            log.warn("Document index catch-up stopped; it runs again at the next start", e);
        }
    }
}
