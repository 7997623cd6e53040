package io.parley.knowledge.model;

import io.parley.knowledge.BotReply;
import io.parley.knowledge.BotReply.Action;
import io.parley.knowledge.BotReply.Candidate;
import java.util.List;
import java.util.function.Function;

/**
 * Whether the bot answers a message with the best entry's stored answer (or a document passage), hands over, or only
 * greets. The bot never composes text from the message: it posts a stored answer or passage verbatim or one of its
 * own {@link BotLines}, so nothing a visitor, an entry or a document says can change what it does.
 *
 * <p>An entry that reaches the threshold is preferred to a passage that scores higher: entries are written as
 * answers by an administrator (and can correct an outdated document), passages are only excerpts.
 */
public final class AnswerPolicy {

    private AnswerPolicy() {}

    /**
     * @param ranked   candidates, best first
     * @param answers  the stored answer of a candidate's entry, or the quoted passage of a candidate's chunk
     * @param threshold the score the best candidate must reach for the bot to answer
     */
    public static BotReply decide(String message, List<Candidate> ranked, Function<Candidate, String> answers,
                                  double threshold) {
        Script script = Script.of(message);
        var intent = BotIntent.of(message);
        if (intent.isPresent()) {
            return intent.get() == BotIntent.SMALL_TALK
                    ? new BotReply(ranked, Action.SMALL_TALK, null, BotLines.greeting(script), intent.get().reason(),
                            threshold)
                    : handOver(ranked, script, intent.get().reason(), threshold);
        }
        var chosen = ranked.stream().filter(c -> c.isEntry() && c.score() >= threshold).findFirst()
                .or(() -> ranked.stream().filter(c -> c.score() >= threshold).findFirst());
        if (chosen.isEmpty()) {
            return handOver(ranked, script, "low-confidence", threshold);
        }
        Candidate best = chosen.get();
        return new BotReply(ranked, Action.ANSWER, best.entryId(), answers.apply(best), "", threshold,
                best.passage());
    }

    private static BotReply handOver(List<Candidate> ranked, Script script, String reason, double threshold) {
        return new BotReply(ranked, Action.HAND_OVER, null, BotLines.handingOver(script), reason, threshold);
    }
}
