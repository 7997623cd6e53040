package io.parley.knowledge;

import io.parley.shared.KnowledgeEntryId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The bot's decision on one message: the candidates it weighed (best first), what it does, and the text it posts.
 * When the action is {@code ANSWER}, {@code answeredFrom} names the entry whose stored answer is {@code text}, or
 * {@code quoted} the document passage the text quotes.
 *
 * @param reason why the bot hands over or declines ({@code asked-for-human}, {@code complaint},
 *               {@code low-confidence}, {@code small-talk}); empty when it answers
 */
public record BotReply(List<Candidate> candidates, Action action, @Nullable KnowledgeEntryId answeredFrom,
                       String text, String reason, double threshold, @Nullable Passage quoted) {

    public BotReply(List<Candidate> candidates, Action action, @Nullable KnowledgeEntryId answeredFrom, String text,
                    String reason, double threshold) {
        this(candidates, action, answeredFrom, text, reason, threshold, null);
    }

    public enum Action { ANSWER, HAND_OVER, SMALL_TALK }

    /**
     * An entry ({@code entryId}) or a document passage ({@code passage}) and its score for the message;
     * {@code question} is the entry's question, or the document's title and headings for a passage.
     */
    public record Candidate(@Nullable KnowledgeEntryId entryId, @Nullable Passage passage, String question,
                            double score) {

        public Candidate(KnowledgeEntryId entryId, String question, double score) {
            this(entryId, null, question, score);
        }

        public static Candidate of(Passage passage, double score) {
            return new Candidate(null, passage, passage.label(), score);
        }

        public boolean isEntry() {
            return entryId != null;
        }
    }

    /** A chunk of a document, with what a citation names: the document's title and the headings above the chunk. */
    public record Passage(DocumentChunkId chunkId, KnowledgeDocumentId documentId, String documentTitle,
                          List<String> headings) {

        public Passage {
            headings = List.copyOf(headings);
        }

        /** "Title › Heading › Subheading", without repeating a top heading that is the title itself. */
        public String label() {
            var below = !headings.isEmpty() && headings.getFirst().equals(documentTitle)
                    ? headings.subList(1, headings.size()) : headings;
            return below.isEmpty() ? documentTitle : documentTitle + " › " + String.join(" › ", below);
        }
    }
}
