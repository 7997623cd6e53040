package io.parley.knowledge.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.parley.knowledge.AnswerDraft;
import io.parley.knowledge.BotReply;
import io.parley.knowledge.KnowledgeSearch;
import io.parley.knowledge.model.BotLines;
import io.parley.knowledge.model.KnowledgeEntry;
import io.parley.knowledge.model.Retrieval;
import io.parley.knowledge.model.Script;
import io.parley.knowledge.port.ComposeAnswer;
import io.parley.knowledge.port.EmbedText;
import io.parley.knowledge.port.KnowledgeEntries;
import io.parley.knowledge.port.KnowledgeVectors;
import io.parley.shared.DomainException;
import io.parley.shared.WorkspaceId;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Retrieval and the bot's decision; with a language model configured (and {@code parley.knowledge.llm-answers}), an
 * answer the knowledge base supports is written by the model from the entries that cleared the threshold, and a
 * model that fails or finds no support hands over.
 */
@Service
class RetrievalService implements KnowledgeSearch {

    static final int MAX_MESSAGE = 2000;
    static final String NO_SUPPORT = "HANDOVER";

    private final Retrieval retrieval;
    private final KnowledgeEntries entries;
    private final ComposeAnswer composer;
    private final KnowledgeProperties properties;
    private final Timer timer;

    RetrievalService(EmbedText embeddings, KnowledgeVectors vectors, KnowledgeEntries entries, ComposeAnswer composer,
                     KnowledgeProperties properties, MeterRegistry meters) {
        this.retrieval = new Retrieval(embeddings, vectors, properties.candidates());
        this.entries = entries;
        this.composer = composer;
        this.properties = properties;
        this.timer = Timer.builder("parley.knowledge.retrieval")
                .description("Time to embed a message, search the workspace's entries and decide")
                .publishPercentileHistogram().register(meters);
    }

    @Override
    public BotReply ask(WorkspaceId workspace, String message) {
        return ask(workspace, message, AnswerDraft.NONE);
    }

    @Override
    public BotReply ask(WorkspaceId workspace, String message, AnswerDraft draft) {
        String text = message == null ? "" : message.strip();
        if (text.isEmpty() || text.length() > MAX_MESSAGE) {
            throw DomainException.invalid("knowledge.invalid-query", "a question needs 1 to " + MAX_MESSAGE
                    + " characters");
        }
        BotReply decided = timer.record(() -> retrieval.ask(workspace, text, entries::findById));
        if (decided.action() != BotReply.Action.HAND_OVER && mentionsHandOverKeyword(text)) {
            return handOver(decided, text, "keyword");
        }
        if (decided.action() != BotReply.Action.ANSWER || !properties.llmAnswers() || !composer.available()) {
            return decided;
        }
        var sources = decided.candidates().stream().filter(c -> c.score() >= decided.threshold())
                .map(c -> entries.findById(workspace, c.entryId())).flatMap(Optional::stream)
                .map(RetrievalService::source).toList();
        return composer.compose(text, sources, new HeldBackDraft(draft, NO_SUPPORT))
                .map(answer -> answer.contains(NO_SUPPORT)
                        ? handOver(decided, text, "low-confidence")
                        : new BotReply(decided.candidates(), BotReply.Action.ANSWER, decided.answeredFrom(), answer,
                                "", decided.threshold()))
                .orElseGet(() -> handOver(decided, text, "llm-failed"));
    }

    private boolean mentionsHandOverKeyword(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return properties.handOverKeywords().stream()
                .anyMatch(keyword -> lower.contains(keyword.strip().toLowerCase(Locale.ROOT)));
    }

    private static ComposeAnswer.Source source(KnowledgeEntry entry) {
        return new ComposeAnswer.Source(entry.question(), entry.answer());
    }

    private static BotReply handOver(BotReply decided, String message, String reason) {
        return new BotReply(decided.candidates(), BotReply.Action.HAND_OVER, null,
                BotLines.handingOver(Script.of(message)), reason, decided.threshold());
    }
}
