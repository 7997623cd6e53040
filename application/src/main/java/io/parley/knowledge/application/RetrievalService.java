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
import io.parley.knowledge.port.ChunkVectors;
import io.parley.knowledge.port.ComposeAnswer;
import io.parley.knowledge.port.EmbedText;
import io.parley.knowledge.port.KnowledgeDocuments;
import io.parley.knowledge.port.KnowledgeEntries;
import io.parley.knowledge.port.KnowledgeVectors;
import io.parley.shared.DomainException;
import io.parley.shared.WorkspaceId;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Retrieval and the bot's decision over entries and document passages; with a language model configured (and
 * {@code parley.knowledge.llm-answers}), an answer the knowledge base supports is written by the model from the
 * entries and passages that cleared the threshold, and a model that fails or finds no support hands over. The
 * documents a model's answer cites are named under it.
 */
@Service
class RetrievalService implements KnowledgeSearch {

    static final int MAX_MESSAGE = 2000;
    static final String NO_SUPPORT = "HANDOVER";

    private final Retrieval retrieval;
    private final KnowledgeEntries entries;
    private final KnowledgeDocuments documents;
    private final ComposeAnswer composer;
    private final KnowledgeProperties properties;
    private final Timer timer;

    RetrievalService(EmbedText embeddings, KnowledgeVectors vectors, ChunkVectors chunkVectors,
                     KnowledgeEntries entries, KnowledgeDocuments documents, ComposeAnswer composer,
                     KnowledgeProperties properties, MeterRegistry meters) {
        this.retrieval = new Retrieval(embeddings, vectors, chunkVectors, properties.candidates());
        this.entries = entries;
        this.documents = documents;
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
        BotReply decided = timer.record(() -> retrieval.ask(workspace, text, entries::findById,
                documents::passage));
        if (decided.action() != BotReply.Action.HAND_OVER && mentionsHandOverKeyword(text)) {
            return handOver(decided, text, "keyword");
        }
        if (decided.action() != BotReply.Action.ANSWER || !properties.llmAnswers() || !composer.available()) {
            return decided;
        }
        var sources = decided.candidates().stream().filter(c -> c.score() >= decided.threshold())
                .map(c -> source(workspace, c)).flatMap(Optional::stream).toList();
        return composer.compose(text, sources, new HeldBackDraft(draft, NO_SUPPORT))
                .map(answer -> answer.contains(NO_SUPPORT)
                        ? handOver(decided, text, "low-confidence")
                        : new BotReply(decided.candidates(), BotReply.Action.ANSWER, decided.answeredFrom(),
                                Citations.appendTo(answer, sources, Script.of(text)), "", decided.threshold(),
                                decided.quoted()))
                .orElseGet(() -> handOver(decided, text, "llm-failed"));
    }

    private Optional<ComposeAnswer.Source> source(WorkspaceId workspace, BotReply.Candidate candidate) {
        if (candidate.entryId() != null) {
            return entries.findById(workspace, candidate.entryId()).map(RetrievalService::source);
        }
        return candidate.passage() == null ? Optional.empty()
                : documents.passage(workspace, candidate.passage().chunkId()).map(found -> new ComposeAnswer.Source(
                        String.join(" › ", found.passage().headings()), found.text(),
                        found.passage().documentTitle()));
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
