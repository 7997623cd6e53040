package io.parley.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookSignatureUnitTests {

    @Test
    void signsTheExampleOfTheStandardWebhooksSpecification() {
        var secret = new WebhookSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        byte[] body = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
        assertThat(WebhookSignature.header(List.of(secret), "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void signsWithEverySecretSeparatedBySpaces() {
        var first = WebhookSecret.generate();
        var second = WebhookSecret.generate();
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        String header = WebhookSignature.header(List.of(first, second), "msg_1", 1, body);
        assertThat(header.split(" ")).containsExactly("v1," + WebhookSignature.sign(first, "msg_1", 1, body),
                "v1," + WebhookSignature.sign(second, "msg_1", 1, body));
    }

    @Test
    void retryAfterIsReadAsSecondsOrAnHttpDate() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(RetrySchedule.retryAfter("120", now)).contains(Duration.ofSeconds(120));
        assertThat(RetrySchedule.retryAfter("Thu, 01 Jan 2026 00:01:00 GMT", now)).contains(Duration.ofMinutes(1));
        assertThat(RetrySchedule.retryAfter("Wed, 31 Dec 2025 00:00:00 GMT", now)).contains(Duration.ZERO);
        assertThat(RetrySchedule.retryAfter("soon", now)).isEmpty();
        assertThat(RetrySchedule.retryAfter(null, now)).isEmpty();
        assertThat(RetrySchedule.retryAfter("-5", now)).isEmpty();
    }

    @Test
    void jsonEscapesWhatJsonNeedsAndLeavesNullMembersOut() {
        var object = Json.object();
        object.put("text", "a\"b\\c\nd\u0001\u2028 你好");
        object.put("missing", null);
        object.put("number", 42L);
        object.put("nested", Map.of("yes", true));
        assertThat(Json.write(object))
                .isEqualTo("{\"text\":\"a\\\"b\\\\c\\nd\\u0001\\u2028 你好\",\"number\":42,\"nested\":{\"yes\":true}}");
    }
}
