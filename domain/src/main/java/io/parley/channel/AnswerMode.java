package io.parley.channel;

import io.parley.shared.DomainException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the bot answers in an inbox's conversations. {@code KNOWLEDGE}: the best entry's stored answer, verbatim, when
 * it clears the threshold, else a hand-over. {@code LLM}: an answer written by a language model from the matching
 * entries, citing them; without a configured model, or when every model fails, as {@code KNOWLEDGE}.
 * {@code HUMANS_ONLY}: no bot; conversations go straight to the human queue.
 */
public enum AnswerMode {
    KNOWLEDGE, LLM, HUMANS_ONLY;

    /** The mode named by {@code value} (case-insensitive), or {@code channel.invalid-answer-mode}. */
    public static AnswerMode parse(String value) {
        String name = value == null ? "" : value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(mode -> mode.name().equals(name)).findFirst()
                .orElseThrow(() -> DomainException.invalid("channel.invalid-answer-mode",
                        "answerMode must be one of " + Arrays.stream(values()).map(Enum::name)
                                .collect(Collectors.joining(", ")) + "; got \"" + value + "\""));
    }

    /** Whether the bot takes new conversations first (every mode but {@code HUMANS_ONLY}). */
    public boolean botFirst() {
        return this != HUMANS_ONLY;
    }

    /** The mode an inbox created with only the older {@code botFirst} flag gets. */
    public static AnswerMode ofBotFirst(boolean botFirst) {
        return botFirst ? LLM : HUMANS_ONLY;
    }
}
