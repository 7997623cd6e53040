package io.parley.knowledge.model;

import io.parley.knowledge.BotReply;
import io.parley.knowledge.BotReply.Action;
import io.parley.knowledge.BotReply.Candidate;
import java.util.List;
import java.util.function.Function;

/**
 * Whether the bot answers a message with the best entry's stored answer, hands over, or only greets. The bot never
 * composes text from the message: it posts a stored answer verbatim or one of its own {@link BotLines}, so nothing a
 * visitor or an entry says can change what it does.
 */
public final class AnswerPolicy {

    private AnswerPolicy() {}

    /**
     * @param ranked   candidates, best first
     * @param answers  the stored answer of a candidate's entry
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
        if (ranked.isEmpty() || ranked.getFirst().score() < threshold) {
            return handOver(ranked, script, "low-confidence", threshold);
        }
        Candidate best = ranked.getFirst();
        return new BotReply(ranked, Action.ANSWER, best.entryId(), answers.apply(best), "", threshold);
    }

    private static BotReply handOver(List<Candidate> ranked, Script script, String reason, double threshold) {
        return new BotReply(ranked, Action.HAND_OVER, null, BotLines.handingOver(script), reason, threshold);
    }
}
