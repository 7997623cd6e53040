package io.parley.webhook.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.conversation.Author;
import io.parley.conversation.AuthorKind;
import io.parley.conversation.OutgoingMessage;
import io.parley.conversation.SendOutcome;
import io.parley.shared.ConversationId;
import io.parley.shared.InboxId;
import io.parley.shared.MessageId;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import io.parley.webhook.model.TransportResult;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ApiCallbackSenderUnitTests {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static SendOutcome answered(int status, @Nullable String retryAfter) {
        return ApiCallbackSender.outcome(TransportResult.answered(status, retryAfter, "nope", Duration.ofMillis(3)),
                NOW);
    }

    @Test
    void twoHundredsAreSentAndEveryOtherAnswerFailsWithItsStatus() {
        assertThat(answered(200, null)).isInstanceOf(SendOutcome.Sent.class);
        assertThat(answered(204, null)).isInstanceOf(SendOutcome.Sent.class);
        for (int status : new int[] {500, 502, 503, 504, 408, 425, 429}) {
            assertThat(answered(status, null)).as("HTTP %d", status)
                    .isEqualTo(new SendOutcome.Failed("HTTP " + status + ": nope", false, null));
        }
        for (int status : new int[] {301, 302, 400, 401, 403, 404, 410, 413}) {
            assertThat(answered(status, null)).as("HTTP %d", status)
                    .isEqualTo(new SendOutcome.Failed("HTTP " + status + ": nope", true, null));
        }
    }

    @Test
    void noAnswerIsTriedAgainAndARefusedAddressIsNot() {
        var timedOut = ApiCallbackSender.outcome(TransportResult.failed("timed out", false, Duration.ofSeconds(15)),
                NOW);
        var refused = ApiCallbackSender.outcome(TransportResult.failed("10.0.0.1 is private", true, Duration.ZERO),
                NOW);

        assertThat(((SendOutcome.Failed) timedOut).permanent()).isFalse();
        assertThat(((SendOutcome.Failed) refused).permanent()).isTrue();
        assertThat(((SendOutcome.Failed) refused).reason()).contains("10.0.0.1 is private");
    }

    @Test
    void aRetryAfterIsKeptOnlyWhereItMeansSomething() {
        assertThat(((SendOutcome.Failed) answered(429, "120")).retryAfter()).isEqualTo(Duration.ofSeconds(120));
        assertThat(((SendOutcome.Failed) answered(503, "Tue, 01 Dec 2026 10:01:00 GMT")).retryAfter())
                .isEqualTo(Duration.ofMinutes(1));
        assertThat(((SendOutcome.Failed) answered(500, "120")).retryAfter()).isNull();
    }

    @Test
    void thePayloadIsAMessageCreatedEventWithTheContactsExternalIdAndEscapedText() {
        var message = new OutgoingMessage(WorkspaceId.random(), InboxId.random(), ConversationId.random(),
                VisitorId.random(), MessageId.random(), 7, new Author(AuthorKind.AGENT, "a-1"),
                "line \"one\"\n<b>two</b>", NOW);

        String json = ApiCallbackSender.payload(message, "user-42");

        assertThat(json).startsWith("{\"type\":\"message.created\",\"timestamp\":\"2026-12-01T10:00:00Z\",\"data\":{")
                .contains("\"messageId\":\"" + message.messageId() + "\"", "\"sequence\":7",
                        "\"externalId\":\"user-42\"", "\"author\":{\"kind\":\"AGENT\",\"id\":\"a-1\"}",
                        "\"body\":\"line \\\"one\\\"\\n<b>two</b>\"");
    }
}
