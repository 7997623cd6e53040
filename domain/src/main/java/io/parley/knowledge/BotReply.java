package io.parley.knowledge;

import io.parley.shared.KnowledgeEntryId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The bot's decision on one message: the candidates it weighed (best first), what it does, and the text it posts.
 * {@code answeredFrom} names the entry whose stored answer is {@code text} when the action is {@code ANSWER}.
 *
 * @param reason why the bot hands over or declines ({@code asked-for-human}, {@code complaint},
 *               {@code low-confidence}, {@code small-talk}); empty when it answers
 */
public record BotReply(List<Candidate> candidates, Action action, @Nullable KnowledgeEntryId answeredFrom,
                       String text, String reason, double threshold) {

    public enum Action { ANSWER, HAND_OVER, SMALL_TALK }

    public record Candidate(KnowledgeEntryId entryId, String question, double score) {}
}
