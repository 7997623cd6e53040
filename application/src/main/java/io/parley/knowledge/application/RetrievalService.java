package io.parley.knowledge.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.parley.channel.AnswerMode;
import io.parley.knowledge.AnswerDraft;
import io.parley.knowledge.IndexStatus;
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
import io.parley.knowledge.port.EmbedText.Model;
import io.parley.knowledge.port.IndexRuns;
import io.parley.knowledge.port.KnowledgeEntries;
import io.parley.knowledge.port.KnowledgeVectors;
import io.parley.shared.DomainException;
import io.parley.shared.WorkspaceId;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Retrieval and the bot's decision over entries and document passages, searched with the model the workspace is
 * currently served by; in an LLM-mode inbox with a language model configured (and
 * {@code parley.knowledge.llm-answers}), an answer the knowledge base supports is written by the model from the
 * entries and passages that cleared the threshold, and the documents it cites are named under it; a model that finds
 * no support hands over, and when every model fails the best entry or passage is quoted as in KNOWLEDGE mode.
 */
@Service
class RetrievalService implements KnowledgeSearch {

    static final int MAX_MESSAGE = 2000;
    static final String NO_SUPPORT = "HANDOVER";

    private final Retrieval retrieval;
    private final EmbedText embeddings;
    private final KnowledgeVectors vectors;
    private final ChunkVectors chunkVectors;
    private final IndexRuns runs;
    private final KnowledgeEntries entries;
    private final KnowledgeDocuments documents;
    private final ComposeAnswer composer;
    private final KnowledgeProperties properties;
    private final Timer timer;

    RetrievalService(EmbedText embeddings, KnowledgeVectors vectors, ChunkVectors chunkVectors, IndexRuns runs,
                     KnowledgeEntries entries, KnowledgeDocuments documents, ComposeAnswer composer,
                     KnowledgeProperties properties, MeterRegistry meters) {
        this.retrieval = new Retrieval(embeddings, vectors, chunkVectors, properties.candidates());
        this.embeddings = embeddings;
        this.vectors = vectors;
        this.chunkVectors = chunkVectors;
        this.runs = runs;
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
        return ask(workspace, message, AnswerMode.LLM, draft);
    }

    @Override
    public BotReply ask(WorkspaceId workspace, String message, AnswerMode mode, AnswerDraft draft) {
        String text = message == null ? "" : message.strip();
        if (text.isEmpty() || text.length() > MAX_MESSAGE) {
            throw DomainException.invalid("knowledge.invalid-query", "a question needs 1 to " + MAX_MESSAGE
                    + " characters");
        }
        BotReply decided = timer.record(() -> search(workspace, text));
        if (decided.action() != BotReply.Action.HAND_OVER && mentionsHandOverKeyword(text)) {
            return handOver(decided, text, "keyword");
        }
        if (decided.action() != BotReply.Action.ANSWER || mode != AnswerMode.LLM || !properties.llmAnswers()
                || !composer.available()) {
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
                // every provider failed: the best entry or passage, which cleared the threshold, is quoted instead
                .orElse(decided);
    }

    private BotReply search(WorkspaceId workspace, String text) {
        Model model = servingModel(workspace, Script.of(text));
        try {
            return retrieval.ask(workspace, text, model, entries::findById, documents::passage);
        } catch (EmbedText.Unavailable e) {
            throw DomainException.unavailable("knowledge.embeddings-unavailable", "the embedding service does not"
                    + " answer (" + e.getMessage() + "); try again in a moment, or check"
                    + " parley.knowledge.embeddings");
        }
    }

    /**
     * The configured model, unless the workspace is still being embedded with it after a model change and its
     * vectors of the previous model (one this node can still embed queries with) remain: those keep answering until
     * the run completes.
     */
    private Model servingModel(WorkspaceId workspace, Script script) {
        Model current = embeddings.modelFor(script);
        var previous = embeddings.previousFor(script);
        if (previous.isEmpty()) {
            return current;
        }
        boolean catchingUp = runs.find(workspace).map(run -> run.state() != IndexStatus.State.COMPLETE
                && run.kind() == IndexRuns.Kind.CATCH_UP).orElse(false);
        boolean previousServes = vectors.holds(workspace, previous.get())
                || chunkVectors.holds(workspace, previous.get());
        return catchingUp && previousServes ? previous.get() : current;
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
