package io.parley.conversation.adapter.feishu;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.conversation.SendOutcome;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class FeishuSenderTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static FeishuSender.Answer answer(int status, String body, String reset) {
        var json = JSON.readTree(body);
        Integer code = json.has("code") ? json.get("code").asInt() : null;
        return new FeishuSender.Answer(status, code, json, reset);
    }

    @Test
    void codeZeroIsSentWithFeishusMessageId() {
        assertThat(FeishuSender.outcome(answer(200, "{\"code\":0,\"msg\":\"success\",\"data\":{\"message_id\":\"om_9\"}}",
                null))).isEqualTo(new SendOutcome.Sent("om_9"));
    }

    @Test
    void aRefusalThatCannotSucceedIsPermanentWithFeishusWords() {
        assertThat(FeishuSender.outcome(answer(400, "{\"code\":230002,\"msg\":\"Bot/User can NOT be out of the chat.\"}",
                null))).isEqualTo(SendOutcome.Failed.permanentFailure(
                "Feishu refused the message: 230002 Bot/User can NOT be out of the chat."));
    }

    @Test
    void rateLimitsServerErrorsAndUnreadableAnswersAreTriedAgain() {
        assertThat(FeishuSender.outcome(answer(400, "{\"code\":99991400,\"msg\":\"request trigger frequency limit\"}",
                "7"))).isEqualTo(new SendOutcome.Failed(
                "Feishu refused the message: 99991400 request trigger frequency limit", false, Duration.ofSeconds(7)));
        assertThat(FeishuSender.outcome(answer(429, "{}", null))).isInstanceOf(SendOutcome.Failed.class)
                .extracting(f -> ((SendOutcome.Failed) f).permanent()).isEqualTo(false);
        assertThat(FeishuSender.outcome(answer(503, "{\"code\":1500,\"msg\":\"internal error\"}", null)))
                .isEqualTo(SendOutcome.Failed.transientFailure("Feishu refused the message: 1500 internal error"));
        assertThat(FeishuSender.outcome(answer(502, "{}", null)))
                .isEqualTo(SendOutcome.Failed.transientFailure("Feishu refused the message: HTTP 502"));
    }
}
