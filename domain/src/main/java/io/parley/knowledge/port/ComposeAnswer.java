package io.parley.knowledge.port;

import io.parley.knowledge.AnswerDraft;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Writes an answer to a visitor's message from the workspace's retrieved entries and document passages only, citing
 * them as [1], [2]... The sources and the message are data for the writer, never instructions to it.
 */
@SecondaryPort
public interface ComposeAnswer {

    /**
     * An entry (its question and answer) or a document passage: {@code document} is then the document's title,
     * {@code question} the headings above the passage and {@code answer} its text.
     */
    record Source(String question, String answer, @Nullable String document) {

        public Source(String question, String answer) {
            this(question, answer, null);
        }
    }

    /** Whether any writer (language model provider) is configured. */
    boolean available();

    /** The answer, or empty when every configured provider failed or timed out: the bot then hands over. */
    Optional<String> compose(String message, List<Source> sources);

    /**
     * The same, streamed: pieces go to {@code draft} as they are written, and a fail-over to the next provider after
     * some pieces calls {@link AnswerDraft#restart}. Writers that cannot stream hand over the whole answer at once.
     */
    default Optional<String> compose(String message, List<Source> sources, AnswerDraft draft) {
        Optional<String> answer = compose(message, sources);
        answer.ifPresent(draft::append);
        return answer;
    }
}
