package io.parley.knowledge.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.parley.channel.AnswerMode;
import io.parley.knowledge.AnswerDraft;
import io.parley.knowledge.IndexStatus;
import io.parley.knowledge.BotReply;
import io.parley.knowledge.KnowledgeSearch;
import io.parley.knowledge.model.BotLines;
import io.parley.knowledge.model.AnswerMarkup;
import io.parley.knowledge.model.KnowledgeEntry;
import io.parley.knowledge.model.ModelInputSanitiser;
import io.parley.knowledge.model.ModelOutputPolicy;
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
import io.parley.workspace.WorkspaceAdministration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Retrieval and the bot's decision over entries and document passages, searched with the model the workspace is
 * currently served by; in an LLM-mode inbox with a language model configured (and
 * {@code parley.knowledge.llm-answers}), an answer the knowledge base supports is written by the model from the
 * entries and passages that cleared the threshold, and the documents it cites are named under it; a model that finds
 * no support hands over, and when every model fails the best entry or passage is quoted as in KNOWLEDGE mode.
 *
 * <p>Both ways through the model are filtered: chat-template control tokens are taken out of the message and the
 * sources before anything reads them ({@link ModelInputSanitiser}); a model's answer that commits the company is not
 * sent but handed over, any other loses its images, raw HTML and links to hosts the workspace has not allowed
 * ({@link ModelOutputPolicy}). The answer reaches the draft only once it has passed, whole: a commitment can come in
 * any sentence, and text once shown cannot be taken back. Stored answers and quoted passages pass the markup filter
 * too, not the commitment check: they are the company's own words.
 */
@Service
class RetrievalService implements KnowledgeSearch {

    private static final Logger log = LoggerFactory.getLogger(RetrievalService.class);

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
    private final WorkspaceAdministration workspaces;
    private final Timer timer;
    private ModelBudget budget = ModelBudget.UNLIMITED;

    RetrievalService(EmbedText embeddings, KnowledgeVectors vectors, ChunkVectors chunkVectors, IndexRuns runs,
                     KnowledgeEntries entries, KnowledgeDocuments documents, ComposeAnswer composer,
                     KnowledgeProperties properties, WorkspaceAdministration workspaces, MeterRegistry meters) {
        this.workspaces = workspaces;
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

    /** Each workspace's allowance of model calls; without one (unit tests) the model is never held back. */
    @Autowired
    void limitModelCallsBy(ModelBudget budget) {
        this.budget = budget;
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
        String text = message == null ? "" : ModelInputSanitiser.clean(message).strip();
        if (text.isEmpty() || text.length() > MAX_MESSAGE) {
            throw DomainException.invalid("knowledge.invalid-query", "a question needs 1 to " + MAX_MESSAGE
                    + " characters");
        }
        BotReply decided = timer.record(() -> search(workspace, text));
        if (decided.action() != BotReply.Action.HAND_OVER && mentionsHandOverKeyword(text)) {
            return handOver(decided, text, "keyword");
        }
        if (decided.action() != BotReply.Action.ANSWER) {
            return decided;
        }
        Predicate<String> linkable = workspaces.get(workspace)::allowsLinkTo;
        if (mode != AnswerMode.LLM || !properties.llmAnswers() || !composer.available()
                || !budget.spend(workspace)) {
            return stored(decided, text, linkable);
        }
        var sources = decided.candidates().stream().filter(c -> c.score() >= decided.threshold())
                .map(c -> source(workspace, c)).flatMap(Optional::stream).map(RetrievalService::cleaned).toList();
        return composer.compose(text, sources, AnswerDraft.NONE)
                .map(answer -> {
                    if (answer.contains(NO_SUPPORT)) {
                        return handOver(decided, text, "low-confidence");
                    }
                    return switch (ModelOutputPolicy.review(answer, linkable)) {
                        case ModelOutputPolicy.Verdict.HandOver refused -> {
                            // the kind only: the answer itself may hold what a visitor should never have been told
                            log.info("A model's answer in workspace {} committed the company ({}); handing over",
                                    workspace, refused.commitment());
                            yield handOver(decided, text, refused.reason());
                        }
                        case ModelOutputPolicy.Verdict.Send send when send.text().isBlank() ->
                                stored(decided, text, linkable);
                        case ModelOutputPolicy.Verdict.Send send -> {
                            draft.append(send.text());
                            yield new BotReply(decided.candidates(), BotReply.Action.ANSWER, decided.answeredFrom(),
                                    Citations.appendTo(send.text(), sources, Script.of(text)), "",
                                    decided.threshold(), decided.quoted());
                        }
                    };
                })
                // every provider failed: the best entry or passage, which cleared the threshold, is quoted instead
                .orElseGet(() -> stored(decided, text, linkable));
    }

    /**
     * A stored answer or quoted passage as the visitor gets it: without images, raw HTML and links to hosts the
     * workspace has not allowed; one with nothing left hands over.
     */
    private static BotReply stored(BotReply decided, String message, Predicate<String> linkable) {
        String shown = AnswerMarkup.sanitise(decided.text(), linkable);
        if (shown.isBlank()) {
            return handOver(decided, message, "low-confidence");
        }
        return shown.equals(decided.text()) ? decided : new BotReply(decided.candidates(), decided.action(),
                decided.answeredFrom(), shown, decided.reason(), decided.threshold(), decided.quoted());
    }

    /** Entries and documents reach the model as data; none of their text may act as a control token either. */
    private static ComposeAnswer.Source cleaned(ComposeAnswer.Source source) {
        return new ComposeAnswer.Source(ModelInputSanitiser.clean(source.question()),
                ModelInputSanitiser.clean(source.answer()),
                source.document() == null ? null : ModelInputSanitiser.clean(source.document()));
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
