package io.parley.knowledge.application;

import io.parley.knowledge.KnowledgeEntryChanged;
import io.parley.knowledge.model.Retrieval;
import io.parley.knowledge.port.EmbedText;
import io.parley.knowledge.port.KnowledgeEntries;
import io.parley.knowledge.port.KnowledgeVectors;
import io.parley.shared.KnowledgeEntryId;
import io.parley.shared.WorkspaceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Keeps the vectors in step with the entries: each change is embedded again after it commits, and at start every
 * entry without a current vector for the configured models (a new model, a change missed while down) is caught up
 * ({@link ReindexService}). A change the embedding service fails on stays pending and is tried again later.
 */
@Component
class KnowledgeIndexer {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeIndexer.class);

    private final KnowledgeEntries entries;
    private final KnowledgeVectors vectors;
    private final EmbedText embeddings;
    private final ReindexService reindex;

    KnowledgeIndexer(KnowledgeEntries entries, KnowledgeVectors vectors, EmbedText embeddings,
                     ReindexService reindex) {
        this.entries = entries;
        this.vectors = vectors;
        this.embeddings = embeddings;
        this.reindex = reindex;
    }

    // no transaction: embedding takes milliseconds per model and must not hold a connection meanwhile
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(KnowledgeEntryChanged changed) {
        try {
            index(changed.workspaceId(), changed.entryId());
        } catch (EmbedText.Unavailable e) {
            // the entry keeps its older vectors (or none) and so stays stale: the retry finds it
            log.warn("Knowledge entry {} could not be embedded ({}); it is tried again later", changed.entryId(),
                    e.getMessage());
            reindex.changeFailed(changed.workspaceId(), e);
        }
    }

    void index(WorkspaceId workspace, KnowledgeEntryId id) {
        entries.findById(workspace, id).ifPresentOrElse(entry -> {
            if (entry.enabled()) {
                vectors.put(workspace, id, entry.updatedAt(), Retrieval.vectorsOf(embeddings, entry));
            } else {
                vectors.remove(workspace, id);
            }
        }, () -> vectors.remove(workspace, id));
    }

    @EventListener(ApplicationReadyEvent.class)
    void catchUpInBackground() {
        reindex.startUp();
    }

    void catchUp() {
        reindex.catchUp();
    }
}
