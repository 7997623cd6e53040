package io.parley.knowledge.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.parley.knowledge.BotReply;
import io.parley.knowledge.KnowledgeSearch;
import io.parley.knowledge.model.Retrieval;
import io.parley.knowledge.port.EmbedText;
import io.parley.knowledge.port.KnowledgeEntries;
import io.parley.knowledge.port.KnowledgeVectors;
import io.parley.shared.DomainException;
import io.parley.shared.WorkspaceId;
import org.springframework.stereotype.Service;

@Service
class RetrievalService implements KnowledgeSearch {

    static final int MAX_MESSAGE = 2000;

    private final Retrieval retrieval;
    private final KnowledgeEntries entries;
    private final Timer timer;

    RetrievalService(EmbedText embeddings, KnowledgeVectors vectors, KnowledgeEntries entries,
                     KnowledgeProperties properties, MeterRegistry meters) {
        this.retrieval = new Retrieval(embeddings, vectors, properties.candidates());
        this.entries = entries;
        this.timer = Timer.builder("parley.knowledge.retrieval")
                .description("Time to embed a message, search the workspace's entries and decide")
                .publishPercentileHistogram().register(meters);
    }

    @Override
    public BotReply ask(WorkspaceId workspace, String message) {
        String text = message == null ? "" : message.strip();
        if (text.isEmpty() || text.length() > MAX_MESSAGE) {
            throw DomainException.invalid("knowledge.invalid-query", "a question needs 1 to " + MAX_MESSAGE
                    + " characters");
        }
        return timer.record(() -> retrieval.ask(workspace, text, entries::findById));
    }
}
