package io.parley.conversation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.channel.ChannelType;
import io.parley.conversation.DeliveryState;
import io.parley.conversation.SendOutcome;
import io.parley.shared.ConversationId;
import io.parley.shared.DomainException;
import io.parley.shared.MessageId;
import io.parley.shared.RetrySchedule;
import io.parley.shared.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class OutboundDeliveryUnitTests {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(3);
    /** Delays of 10 ms or more are jittered; these are not, so the times can be compared exactly. */
    private static final RetrySchedule SCHEDULE = new RetrySchedule(List.of(Duration.ZERO, Duration.ofMillis(5),
            Duration.ofMillis(7)));
    private static final RandomGenerator RANDOM = RandomGenerator.getDefault();

    private static OutboundDelivery queued() {
        return OutboundDelivery.queued(MessageId.random(), WorkspaceId.random(), ConversationId.random(),
                ChannelType.API, NOW);
    }

    @Test
    void aNewDeliveryIsQueuedAndDueAtOnce() {
        var delivery = queued();

        assertThat(delivery.state()).isEqualTo(DeliveryState.QUEUED);
        assertThat(delivery.nextAttemptAt()).isEqualTo(NOW);
        assertThat(delivery.attempts()).isZero();
        assertThat(delivery.pending()).isTrue();
    }

    @Test
    void aSentMessageIsDoneWithTheChannelsId() {
        var sent = queued().after(new SendOutcome.Sent("wx-1"), LATER, SCHEDULE, RANDOM);

        assertThat(sent.state()).isEqualTo(DeliveryState.SENT);
        assertThat(sent.platformMessageId()).isEqualTo("wx-1");
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.nextAttemptAt()).isNull();
        assertThat(sent.pending()).isFalse();
        assertThat(sent.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void aPassingFailureWaitsForTheNextStepAndTheLastStepGivesUp() {
        var failure = SendOutcome.Failed.transientFailure("HTTP 503");

        var first = queued().after(failure, LATER, SCHEDULE, RANDOM);
        assertThat(first.state()).isEqualTo(DeliveryState.RETRYING);
        assertThat(first.reason()).isEqualTo("HTTP 503");
        assertThat(first.nextAttemptAt()).isEqualTo(LATER.plusMillis(5));
        assertThat(first.step()).isEqualTo(1);

        var second = first.after(failure, LATER, SCHEDULE, RANDOM);
        assertThat(second.state()).isEqualTo(DeliveryState.RETRYING);
        assertThat(second.nextAttemptAt()).isEqualTo(LATER.plusMillis(7));

        var last = second.after(failure, LATER, SCHEDULE, RANDOM);
        assertThat(last.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(last.attempts()).isEqualTo(3);
        assertThat(last.nextAttemptAt()).isNull();
        assertThat(last.pending()).isFalse();
    }

    @Test
    void aPermanentFailureGivesUpAtOnceWithTheChannelsReason() {
        var failed = queued().after(SendOutcome.Failed.permanentFailure("outside the 48-hour window"), LATER,
                SCHEDULE, RANDOM);

        assertThat(failed.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(failed.reason()).isEqualTo("outside the 48-hour window");
        assertThat(failed.attempts()).isEqualTo(1);
    }

    @Test
    void aWaitTheChannelAsksForIsHonoured() {
        var retrying = queued().after(new SendOutcome.Failed("HTTP 429", false, Duration.ofMinutes(2)), LATER,
                SCHEDULE, RANDOM);

        assertThat(retrying.nextAttemptAt()).isEqualTo(LATER.plus(Duration.ofMinutes(2)));
    }

    @Test
    void aFailedDeliveryIsTriedAgainFromTheStartOfTheScheduleAndOnlyAFailedOne() {
        var failed = queued().after(SendOutcome.Failed.permanentFailure("no"), LATER, SCHEDULE, RANDOM);

        var again = failed.retried(LATER.plusSeconds(1));
        assertThat(again.state()).isEqualTo(DeliveryState.QUEUED);
        assertThat(again.step()).isZero();
        assertThat(again.nextAttemptAt()).isEqualTo(LATER.plusSeconds(1));
        assertThat(again.attempts()).isEqualTo(1);

        assertThatThrownBy(() -> again.retried(LATER)).isInstanceOf(DomainException.class)
                .extracting("code").isEqualTo("delivery.not-failed");
        var sent = queued().after(new SendOutcome.Sent(null), LATER, SCHEDULE, RANDOM);
        assertThatThrownBy(() -> sent.retried(LATER)).isInstanceOf(DomainException.class);
    }

    @Test
    void aLongReasonIsCut() {
        var failed = queued().after(SendOutcome.Failed.permanentFailure("x".repeat(5_000)), LATER, SCHEDULE, RANDOM);

        assertThat(failed.reason()).hasSize(OutboundDelivery.MAX_REASON);
    }
}
