package io.parley.knowledge.model;

import io.parley.knowledge.BotReply;
import io.parley.knowledge.BotReply.Candidate;
import io.parley.knowledge.port.EmbedText;
import io.parley.knowledge.port.EmbedText.Model;
import io.parley.knowledge.port.KnowledgeVectors;
import io.parley.shared.KnowledgeEntryId;
import io.parley.shared.WorkspaceId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Finds the entries closest to a message within one workspace and lets {@link AnswerPolicy} decide. The message is
 * embedded with the model for its script and compared only with vectors that model made.
 */
public final class Retrieval {

    private final EmbedText embeddings;
    private final KnowledgeVectors vectors;
    private final int candidates;

    public Retrieval(EmbedText embeddings, KnowledgeVectors vectors, int candidates) {
        this.embeddings = embeddings;
        this.vectors = vectors;
        this.candidates = candidates;
    }

    /**
     * @param entries looks an entry up in the workspace; a missing or disabled entry is skipped (its vectors may
     *                lag behind a change by a moment)
     */
    public BotReply ask(WorkspaceId workspace, String message,
                        BiFunction<WorkspaceId, KnowledgeEntryId, Optional<KnowledgeEntry>> entries) {
        return ask(workspace, message, embeddings.modelFor(Script.of(message)), entries);
    }

    /** The same, searching the vectors {@code model} made (a workspace may still be served by a previous model). */
    public BotReply ask(WorkspaceId workspace, String message, Model model,
                        BiFunction<WorkspaceId, KnowledgeEntryId, Optional<KnowledgeEntry>> entries) {
        float[] query = embeddings.embed(model, message);
        Map<KnowledgeEntryId, KnowledgeEntry> found = new HashMap<>();
        List<Candidate> ranked = new ArrayList<>();
        for (var match : vectors.nearest(workspace, model, query, candidates)) {
            entries.apply(workspace, match.entryId()).filter(KnowledgeEntry::enabled).ifPresent(entry -> {
                found.put(entry.getId(), entry);
                ranked.add(new Candidate(entry.getId(), entry.question(), match.score()));
            });
        }
        return AnswerPolicy.decide(message, ranked, candidate -> found.get(candidate.entryId()).answer(),
                model.answerThreshold());
    }

    /** The vectors an entry is indexed with, one per model. */
    public static Map<Model, float[]> vectorsOf(EmbedText embeddings, KnowledgeEntry entry) {
        Map<Model, float[]> made = new HashMap<>();
        String text = entry.indexText();
        embeddings.models().forEach(model -> made.put(model, embeddings.embed(model, text)));
        return made;
    }
}
