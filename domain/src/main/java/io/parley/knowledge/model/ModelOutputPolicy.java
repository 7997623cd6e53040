package io.parley.knowledge.model;

import java.util.function.Predicate;

/**
 * What becomes of an answer written by a language model before a visitor sees any of it: one that commits the
 * company ({@link CommitmentPolicy}) is not sent, the bot hands over with reason {@value #COMMITMENT}; any other is
 * sent with its images, raw HTML and links to hosts the workspace has not allowed taken out ({@link AnswerMarkup}).
 * The commitment is looked for both in what would be shown and in the answer as written, so that markup split
 * around it cannot hide one.
 */
public final class ModelOutputPolicy {

    /** The hand-over reason of an answer that commits the company. */
    public static final String COMMITMENT = "commitment";

    /** What to do with the answer. */
    public sealed interface Verdict {

        /** Send {@code text}, which may be empty when nothing but markup was left. */
        record Send(String text) implements Verdict {}

        /** Send nothing of it: a person takes over. */
        record HandOver(String reason, CommitmentPolicy.Kind commitment) implements Verdict {}
    }

    private ModelOutputPolicy() {}

    public static Verdict review(String answer, Predicate<String> allowedHost) {
        String shown = AnswerMarkup.sanitise(answer, allowedHost);
        var commitment = CommitmentPolicy.find(shown).or(() -> CommitmentPolicy.find(answer));
        return commitment.<Verdict>map(kind -> new Verdict.HandOver(COMMITMENT, kind))
                .orElseGet(() -> new Verdict.Send(shown));
    }
}
