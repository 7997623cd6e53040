package io.parley.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetryAfterAndJsonUnitTests {

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
