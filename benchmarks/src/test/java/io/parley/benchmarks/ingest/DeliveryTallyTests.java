package io.parley.benchmarks.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.benchmarks.ingest.WebhookReceiver.Receipt;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeliveryTallyTests {

    private static final Instant T0 = Instant.parse("2026-12-08T00:00:00Z");

    private static Receipt message(String webhookId, String messageId, long createdMs, long receivedMs) {
        return new Receipt(webhookId, "message.created", messageId, T0.plusMillis(createdMs), T0.plusMillis(receivedMs));
    }

    @Test
    void countsMissingMessagesRepeatedWebhookIdsRepeatedEventsAndOthers() {
        var receipts = List.of(
                message("msg_1", "m1", 0, 10),
                message("msg_1", "m1", 0, 5000),                 // a retry of the same delivery
                message("msg_2", "m2", 100, 130),
                message("msg_3", "m2", 100, 140),                // the same message under a second webhook id
                message("msg_4", "foreign", 0, 20),              // a message of something else
                new Receipt("msg_5", "conversation.created", null, null, T0.plusMillis(30)));

        var tally = DeliveryTally.of(Set.of("m1", "m2", "m3"), receipts);

        assertThat(tally.expected()).isEqualTo(3);
        assertThat(tally.received()).isEqualTo(2);
        assertThat(tally.missing()).as("m3 never arrived").isEqualTo(1);
        assertThat(tally.duplicateDeliveries()).isEqualTo(1);
        assertThat(tally.duplicateEvents()).isEqualTo(1);
        assertThat(tally.otherEvents()).isEqualTo(2);
        assertThat(tally.complete()).isFalse();
        assertThat(tally.delay().getTotalCount()).as("one delay per arrived message, from its first arrival")
                .isEqualTo(2);
        assertThat(tally.delay().getMaxValue() / 1000.0).as("m2 after 30 ms; m1 counts its first arrival (10 ms), not the retry at 5 s")
                .isBetween(29.0, 31.0);
        assertThat(tally.firstAt()).isEqualTo(T0.plusMillis(10));
        assertThat(tally.lastAt()).as("m2's first arrival").isEqualTo(T0.plusMillis(130));
    }

    @Test
    void completeWhenEveryExpectedMessageArrived() {
        var tally = DeliveryTally.of(Set.of("m1"), List.of(message("msg_1", "m1", 0, 7)));

        assertThat(tally.complete()).isTrue();
        assertThat(tally.delay().getValueAtPercentile(50) / 1000.0).isBetween(6.9, 7.1);
    }
}
