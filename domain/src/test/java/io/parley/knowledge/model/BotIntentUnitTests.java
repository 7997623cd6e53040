package io.parley.knowledge.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BotIntentUnitTests {

    @ParameterizedTest
    @ValueSource(strings = {"我要人工", "转人工", "人工客服在哪", "能找个真人吗", "客服呢", "I want a human",
            "can I talk to someone", "Agent please", "let me speak to a real person", "get me a representative"})
    void recognisesRequestsForAPerson(String message) {
        assertThat(BotIntent.of(message)).contains(BotIntent.ASKED_FOR_HUMAN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"我要投诉 这个老师上课老是迟到", "你们就是骗子", "什么破网站", "this is a scam",
            "I want to file a complaint", "absolutely ridiculous service"})
    void recognisesComplaintsAndAnger(String message) {
        assertThat(BotIntent.of(message)).contains(BotIntent.COMPLAINT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"哈喽 在吗", "你好", "谢谢！", "thanks, that's all", "Hello?", "hi there"})
    void recognisesGreetingsAndThanksAsSmallTalk(String message) {
        assertThat(BotIntent.of(message)).contains(BotIntent.SMALL_TALK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"课程可以退款吗？", "你好，请问证书怎么领", "can I pay with paypal", "hi, how do I reset my password",
            "does the course expire", "the management said it's fine", "humanities courses?", "???"})
    void leavesQuestionsToRetrieval(String message) {
        assertThat(BotIntent.of(message)).isEmpty();
    }
}
