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
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Embeds a document's chunks in the background once its upload (or re-processing) commits, then marks it ready. At
 * start, documents left processing (a crash) are caught up; chunks without a vector of a configured model (a model
 * change) are embedded again by the workspace's index run ({@link ReindexService}), together with its entries.
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

    /** Whether every chunk of the document got its vectors. */
    boolean index(WorkspaceId workspace, KnowledgeDocumentId id) {
        var before = documents.findById(workspace, id);
        if (before.isEmpty()) {
            return false;
        }
        try {
            for (var chunk : documents.chunks(workspace, id)) {
                vectors.put(workspace, id, chunk.id(), Retrieval.vectorsOf(embeddings, chunk));
            }
        } catch (RuntimeException e) {
            // deleted or split again meanwhile: the chunks are gone, and a newer event embeds the new ones
            var now = documents.findById(workspace, id);
            if (now.isEmpty() || !now.get().updatedAt().equals(before.get().updatedAt())) {
                return false;
            }
            log.warn("Could not embed the chunks of document {}; it is marked failed", id, e);
            now.get().failed("knowledge.document-index-failed", clock.instant());
            documents.save(now.get());
            return false;
        }
        documents.findById(workspace, id)
                .filter(current -> current.updatedAt().equals(before.get().updatedAt()))
                .filter(current -> current.indexed(clock.instant()))
                .ifPresent(documents::save);
        return true;
    }

    @EventListener(ApplicationReadyEvent.class)
    void catchUpInBackground() {
        Thread.ofVirtual().name("document-reindex").start(this::catchUp);
    }

    /** Documents left processing (a crash) are split and embedded again; stale chunks are the index run's. */
    void catchUp() {
        var attempted = new HashSet<KnowledgeDocumentId>();
        try {
            for (var document : documents.processing(properties.reindexBatch())) {
                if (attempted.add(document.getId())) {
                    index(document.workspaceId(), document.getId());
                }
            }
        } catch (RuntimeException e) {
            log.warn("Document index catch-up stopped; it runs again at the next start", e);
        }
    }

    /**
     * Embeds the chunks that lack a vector of a configured model (after a model change), batch by batch, as part of
     * the workspace's index run. The documents' states do not change: a document whose chunks fail to embed keeps
     * answering from its earlier vectors and stays stale for the next pass.
     *
     * @param progress told, per workspace, how many chunks each document brought up to date
     * @return the error of the last document that could not be embedded, or null when none failed
     */
    @Nullable String catchUpStale(BiConsumer<WorkspaceId, Integer> progress) {
        var attempted = new HashSet<KnowledgeDocumentId>();
        @Nullable String failed = null;
        var stale = vectors.stale(embeddings.models(), properties.reindexBatch());
        while (!stale.isEmpty() && stale.stream().anyMatch(s -> attempted.add(s.documentId()))) {
            for (var document : stale) {
                var chunks = documents.chunks(document.workspaceId(), document.documentId());
                try {
                    for (var chunk : chunks) {
                        vectors.put(document.workspaceId(), document.documentId(), chunk.id(),
                                Retrieval.vectorsOf(embeddings, chunk));
                    }
                    progress.accept(document.workspaceId(), chunks.size());
                } catch (RuntimeException e) {
                    log.warn("Could not embed the chunks of document {} again; tried later", document.documentId(), e);
                    failed = e.getMessage() == null ? e.toString() : e.getMessage();
                }
            }
            if (failed != null) {
                return failed; // the service is down or refuses: the next pass tries again
            }
            stale = vectors.stale(embeddings.models(), properties.reindexBatch());
        }
        if (!attempted.isEmpty()) {
            log.info("Document index caught up: {} documents embedded with {}", attempted.size(),
                    embeddings.models());
        }
        return failed;
    }
}
