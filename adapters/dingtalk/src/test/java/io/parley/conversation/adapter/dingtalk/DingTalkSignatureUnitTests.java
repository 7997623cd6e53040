package io.parley.conversation.adapter.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DingTalkSignatureUnitTests {

    private static final String TIMESTAMP = "1577262236757";
    /** Computed independently: printf '1577262236757\ntestSecret' | openssl dgst -sha256 -hmac testSecret -binary | base64 */
    private static final String SIGN = "0431bROcy3P4TvkuAWQd26NTs2mezxntsOPivdEPEaI=";

    @Test
    void theSignIsTheHmacOfTimestampNewlineSecret() {
        assertThat(DingTalkSignature.sign(TIMESTAMP, "testSecret")).isEqualTo(SIGN);
        assertThat(DingTalkSignature.verifies(TIMESTAMP, SIGN, "testSecret")).isTrue();
    }

    @Test
    void aSignOffByOneCharacterOrAnotherSecretOrTimestampIsRefused() {
        assertThat(DingTalkSignature.verifies(TIMESTAMP, SIGN.replace('0', '1'), "testSecret")).isFalse();
        assertThat(DingTalkSignature.verifies(TIMESTAMP, SIGN, "otherSecret")).isFalse();
        assertThat(DingTalkSignature.verifies("1577262236758", SIGN, "testSecret")).isFalse();
        assertThat(DingTalkSignature.verifies(null, SIGN, "testSecret")).isFalse();
        assertThat(DingTalkSignature.verifies(TIMESTAMP, null, "testSecret")).isFalse();
    }

    @Test
    void aTimestampMoreThanAnHourAwayEitherWayIsStale() {
        Instant now = Instant.ofEpochMilli(Long.parseLong(TIMESTAMP));
        assertThat(DingTalkSignature.fresh(TIMESTAMP, now)).isTrue();
        assertThat(DingTalkSignature.fresh(TIMESTAMP, now.plus(Duration.ofMinutes(59)))).isTrue();
        assertThat(DingTalkSignature.fresh(TIMESTAMP, now.plus(Duration.ofMinutes(61)))).isFalse();
        assertThat(DingTalkSignature.fresh(TIMESTAMP, now.minus(Duration.ofMinutes(61)))).isFalse();
        assertThat(DingTalkSignature.fresh("not-a-number", now)).isFalse();
        assertThat(DingTalkSignature.fresh(null, now)).isFalse();
    }
}
