package io.parley.knowledge.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a visitor's message asks of the bot besides an answer: a person, a complaint, or only a greeting. A score
 * threshold cannot tell these apart from questions, so they are recognised by phrasing, in Chinese and English.
 */
public enum BotIntent {
    ASKED_FOR_HUMAN("asked-for-human"), COMPLAINT("complaint"), SMALL_TALK("small-talk");

    private static final List<String> HUMAN_ZH = List.of("人工", "真人", "客服", "转接", "活人", "找个人", "跟人说");
    private static final Pattern HUMAN_EN = Pattern.compile(
            "\\b(human|humans|agent|operator|representative|real person|live person|someone real|"
                    + "(talk|speak|chat) (to|with) (someone|somebody|a person|a man|a woman|staff|support))\\b");
    private static final List<String> COMPLAINT_ZH = List.of("投诉", "举报", "差评", "骗子", "骗钱", "垃圾", "气死",
            "太差", "什么破", "坑人", "维权", "12315");
    private static final Pattern COMPLAINT_EN = Pattern.compile(
            "\\b(complain|complaint|scam|fraud|ridiculous|terrible|awful|unacceptable|furious|angry|worst|"
                    + "rip ?off|useless|disgusting)\\b");
    /** Greetings and thanks; a message made only of these (and punctuation) is small talk. */
    private static final Pattern GREETING = Pattern.compile(
            "(你好|您好|哈喽|哈啰|嗨|在吗|在不在|有人吗|谢谢|多谢|感谢|好的|好滴|再见|拜拜|嗯+|哦+|ok|okay|"
                    + "\\b((hi|hello|hey|hiya|yo)( there| all| everyone| team)?|good (morning|afternoon|evening)|"
                    + "thanks?( you)?( so much| a lot)?|"
                    + "thx|ty|cheers|that'?s all|that is all|bye|goodbye|see you|great|cool|anyone there)\\b)");
    private static final Pattern NOT_WORDS = Pattern.compile("[\\p{P}\\p{S}\\s]+");

    private final String reason;

    BotIntent(String reason) {
        this.reason = reason;
    }

    /** The reason recorded with a hand-over or a declined answer. */
    public String reason() {
        return reason;
    }

    /** Asking for a person wins over a complaint, which wins over small talk. */
    public static Optional<BotIntent> of(String message) {
        String text = message.toLowerCase(Locale.ROOT);
        if (HUMAN_ZH.stream().anyMatch(text::contains) || HUMAN_EN.matcher(text).find()) {
            return Optional.of(ASKED_FOR_HUMAN);
        }
        if (COMPLAINT_ZH.stream().anyMatch(text::contains) || COMPLAINT_EN.matcher(text).find()) {
            return Optional.of(COMPLAINT);
        }
        String rest = NOT_WORDS.matcher(GREETING.matcher(text).replaceAll(" ")).replaceAll("");
        if (rest.isEmpty() && !NOT_WORDS.matcher(text).replaceAll("").isEmpty()) {
            return Optional.of(SMALL_TALK);
        }
        return Optional.empty();
    }
}
