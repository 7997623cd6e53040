package io.parley.knowledge.application;

import io.parley.knowledge.KnowledgeEntryChanged;
import io.parley.knowledge.model.Retrieval;
import io.parley.knowledge.port.EmbedText;
import io.parley.knowledge.port.KnowledgeEntries;
import io.parley.knowledge.port.KnowledgeVectors;
import io.parley.shared.KnowledgeEntryId;
import io.parley.shared.WorkspaceId;
import java.util.HashSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Keeps the vectors in step with the entries: each change is embedded again after it commits, and at start every
 * entry without a current vector for the configured models (a new model, a change missed while down) is caught up.
 */
@Component
class KnowledgeIndexer {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeIndexer.class);

    private final KnowledgeEntries entries;
    private final KnowledgeVectors vectors;
    private final EmbedText embeddings;
    private final KnowledgeProperties properties;

    KnowledgeIndexer(KnowledgeEntries entries, KnowledgeVectors vectors, EmbedText embeddings,
                     KnowledgeProperties properties) {
        this.entries = entries;
        this.vectors = vectors;
        this.embeddings = embeddings;
        this.properties = properties;
    }

    // no transaction: embedding takes milliseconds per model and must not hold a connection meanwhile
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(KnowledgeEntryChanged changed) {
        index(changed.workspaceId(), changed.entryId());
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
        Thread.ofVirtual().name("knowledge-reindex").start(this::catchUp);
    }

    void catchUp() {
        var models = embeddings.models();
        var attempted = new HashSet<KnowledgeEntryId>();
        try {
            var stale = vectors.stale(models, properties.reindexBatch());
            int done = 0;
            // an entry that fails to embed stays stale: stop rather than try it forever
            while (!stale.isEmpty() && stale.stream().anyMatch(s -> attempted.add(s.entryId()))) {
                for (var entry : stale) {
                    index(entry.workspaceId(), entry.entryId());
                    done++;
                }
                stale = vectors.stale(models, properties.reindexBatch());
            }
            if (done > 0) {
                log.info("Knowledge index caught up: {} entries embedded with {}", done, models);
            }
        } catch (RuntimeException e) {
            log.warn("Knowledge index catch-up stopped; it runs again at the next start", e);
        }
    }
}
