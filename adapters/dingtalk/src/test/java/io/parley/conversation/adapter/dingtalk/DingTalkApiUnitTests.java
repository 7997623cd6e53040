package io.parley.conversation.adapter.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.conversation.SendOutcome;
import org.junit.jupiter.api.Test;

class DingTalkApiUnitTests {

    private static DingTalkApi.Answer answer(int status, String body) {
        return new DingTalkApi.Answer(status, DingTalkApi.json(body));
    }

    @Test
    void aRefusalIsPermanentWithDingTalksCodeAndMessage() {
        SendOutcome.Failed failed = answer(400, "{\"code\":\"invalidParameter\",\"message\":\"robot does not exist\"}")
                .failure();
        assertThat(failed.permanent()).isTrue();
        assertThat(failed.reason()).isEqualTo("DingTalk HTTP 400 invalidParameter: robot does not exist");
    }

    @Test
    void throttlingAndServerErrorsArePassing() {
        SendOutcome.Failed throttled = answer(429, "{\"code\":\"Forbidden.AccessDenied.QpsLimitForApi\"}").failure();
        assertThat(throttled.permanent()).isFalse();
        assertThat(throttled.reason()).contains("QpsLimitForApi");
        assertThat(answer(403, "{\"code\":\"Forbidden.AccessDenied.QpsLimitForAppkeyAndApi\"}").failure().permanent())
                .isFalse();
        assertThat(answer(400, "{\"code\":\"Throttling.Api\"}").failure().permanent()).isFalse();
        assertThat(answer(503, "").failure().permanent()).isFalse();
        assertThat(answer(502, "<html>bad gateway</html>").failure().reason()).isEqualTo("DingTalk HTTP 502");
    }

    @Test
    void anExpiredOrUnknownTokenIsRecognised() {
        assertThat(answer(401, "{\"code\":\"InvalidAuthentication\",\"message\":\"invalid access_token\"}")
                .tokenRefused()).isTrue();
        assertThat(answer(400, "{\"code\":\"InvalidAuthentication\"}").tokenRefused()).isTrue();
        assertThat(answer(400, "{\"code\":\"invalidParameter\"}").tokenRefused()).isFalse();
        // the app lacks a permission: fetching another token would not help
        var denied = answer(403, "{\"code\":\"Forbidden.AccessDenied.AccessTokenPermissionDenied\"}");
        assertThat(denied.tokenRefused()).isFalse();
        assertThat(denied.failure().permanent()).isTrue();
    }

    @Test
    void aLongAnswerIsCutForTheReason() {
        String reason = answer(400, "{\"code\":\"x\",\"message\":\"" + "m".repeat(1000) + "\"}").reason();
        assertThat(reason).hasSize(301).endsWith("…");
    }
}
