package io.parley.knowledge.model;

import io.parley.knowledge.BotReply;
import io.parley.knowledge.BotReply.Candidate;
import io.parley.knowledge.DocumentChunkId;
import io.parley.knowledge.port.ChunkVectors;
import io.parley.knowledge.port.EmbedText;
import io.parley.knowledge.port.EmbedText.Model;
import io.parley.knowledge.port.KnowledgeVectors;
import io.parley.shared.KnowledgeEntryId;
import io.parley.shared.WorkspaceId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Finds the entries and document passages closest to a message within one workspace and lets {@link AnswerPolicy}
 * decide. The message is embedded once, with the model for its script, and compared only with vectors that model
 * made; entries and passages are ranked together by score (the same model makes both kinds of vector).
 */
public final class Retrieval {

    private final EmbedText embeddings;
    private final KnowledgeVectors vectors;
    private final ChunkVectors chunkVectors;
    private final int candidates;

    public Retrieval(EmbedText embeddings, KnowledgeVectors vectors, int candidates) {
        this(embeddings, vectors, ChunkVectors.NONE, candidates);
    }

    public Retrieval(EmbedText embeddings, KnowledgeVectors vectors, ChunkVectors chunkVectors, int candidates) {
        this.embeddings = embeddings;
        this.vectors = vectors;
        this.chunkVectors = chunkVectors;
        this.candidates = candidates;
    }

    /** Over entries alone. */
    public BotReply ask(WorkspaceId workspace, String message,
                        BiFunction<WorkspaceId, KnowledgeEntryId, Optional<KnowledgeEntry>> entries) {
        return ask(workspace, message, embeddings.modelFor(Script.of(message)), entries, (w, chunk) -> Optional.empty());
    }

    /** Over entries and document passages, with the model configured for the message's script. */
    public BotReply ask(WorkspaceId workspace, String message,
                        BiFunction<WorkspaceId, KnowledgeEntryId, Optional<KnowledgeEntry>> entries,
                        BiFunction<WorkspaceId, DocumentChunkId, Optional<DocumentPassage>> passages) {
        return ask(workspace, message, embeddings.modelFor(Script.of(message)), entries, passages);
    }

    /**
     * Searching the vectors {@code model} made (a workspace may still be served by a previous model); entries and
     * passages are always searched with the same model.
     *
     * @param entries  looks an entry up in the workspace; a missing or disabled entry is skipped (its vectors may
     *                 lag behind a change by a moment)
     * @param passages looks a chunk up in the workspace; a chunk of a deleted document is skipped likewise
     */
    public BotReply ask(WorkspaceId workspace, String message, Model model,
                        BiFunction<WorkspaceId, KnowledgeEntryId, Optional<KnowledgeEntry>> entries,
                        BiFunction<WorkspaceId, DocumentChunkId, Optional<DocumentPassage>> passages) {
        Script script = Script.of(message);
        float[] query = embeddings.embed(model, message);
        Map<Candidate, String> answers = new HashMap<>();
        List<Candidate> ranked = new ArrayList<>();
        for (var match : vectors.nearest(workspace, model, query, candidates)) {
            entries.apply(workspace, match.entryId()).filter(KnowledgeEntry::enabled).ifPresent(entry -> {
                var candidate = new Candidate(entry.getId(), entry.question(), match.score());
                answers.put(candidate, entry.answer());
                ranked.add(candidate);
            });
        }
        for (var match : chunkVectors.nearest(workspace, model, query, candidates)) {
            passages.apply(workspace, match.chunkId()).ifPresent(found -> {
                var candidate = Candidate.of(found.passage(), match.score());
                answers.put(candidate, BotLines.quoting(script, found.text(), found.passage().documentTitle()));
                ranked.add(candidate);
            });
        }
        ranked.sort(Comparator.comparingDouble(Candidate::score).reversed());
        BotReply decided = AnswerPolicy.decide(message, ranked, answers::get, model.answerThreshold());
        // every candidate took part in the decision; the best ones are shown
        return ranked.size() <= candidates ? decided
                : new BotReply(List.copyOf(ranked.subList(0, candidates)), decided.action(), decided.answeredFrom(),
                        decided.text(), decided.reason(), decided.threshold(), decided.quoted());
    }

    /** The vectors an entry is indexed with, one per model. */
    public static Map<Model, float[]> vectorsOf(EmbedText embeddings, KnowledgeEntry entry) {
        return vectorsOf(embeddings, entry.indexText());
    }

    /** The vectors a document chunk is indexed with, one per model. */
    public static Map<Model, float[]> vectorsOf(EmbedText embeddings, DocumentChunk chunk) {
        return vectorsOf(embeddings, chunk.indexText());
    }

    private static Map<Model, float[]> vectorsOf(EmbedText embeddings, String text) {
        Map<Model, float[]> made = new HashMap<>();
        embeddings.models().forEach(model -> made.put(model, embeddings.embed(model, text)));
        return made;
    }
}
