package io.parley.conversation.model;

import io.parley.channel.ChannelType;
import io.parley.conversation.DeliveryState;
import io.parley.conversation.DeliveryView;
import io.parley.conversation.SendOutcome;
import io.parley.shared.ConversationId;
import io.parley.shared.DomainException;
import io.parley.shared.MessageId;
import io.parley.shared.RetrySchedule;
import io.parley.shared.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * The delivery of one outgoing message through its conversation's channel, and how one attempt moves it on: a sent
 * message is done; a failure the channel calls permanent, or one at the last step of the schedule, gives up; any
 * other failure waits for the next step of the schedule (at least as long as the channel asked).
 *
 * @param step place in the retry schedule of the next attempt (0: the first)
 */
public record OutboundDelivery(MessageId messageId, WorkspaceId workspace, ConversationId conversation,
                               ChannelType channel, DeliveryState state, int attempts, int step,
                               @Nullable String reason, @Nullable Instant nextAttemptAt,
                               @Nullable String platformMessageId, Instant updatedAt) {

    /** The longest reason kept: a channel's error body can be long. */
    public static final int MAX_REASON = 500;

    public OutboundDelivery {
        Objects.requireNonNull(messageId);
        Objects.requireNonNull(state);
        reason = reason == null || reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
    }

    /** A new delivery, due at once. */
    public static OutboundDelivery queued(MessageId message, WorkspaceId workspace, ConversationId conversation,
                                          ChannelType channel, Instant now) {
        return new OutboundDelivery(message, workspace, conversation, channel, DeliveryState.QUEUED, 0, 0, null, now,
                null, now);
    }

    /** Whether an attempt may be made now: queued or retrying (a sent or failed delivery is finished). */
    public boolean pending() {
        return state == DeliveryState.QUEUED || state == DeliveryState.RETRYING;
    }

    /** The delivery after an attempt that came to {@code outcome}. */
    public OutboundDelivery after(SendOutcome outcome, Instant now, RetrySchedule schedule, RandomGenerator random) {
        int made = attempts + 1;
        return switch (outcome) {
            case SendOutcome.Sent sent -> new OutboundDelivery(messageId, workspace, conversation, channel,
                    DeliveryState.SENT, made, step, null, null, sent.platformMessageId(), now);
            case SendOutcome.Failed failed -> {
                Optional<Duration> wait = failed.permanent() ? Optional.empty()
                        : schedule.after(step, Optional.ofNullable(failed.retryAfter()), random);
                yield wait.map(delay -> new OutboundDelivery(messageId, workspace, conversation, channel,
                                DeliveryState.RETRYING, made, step + 1, failed.reason(), now.plus(delay), null, now))
                        .orElseGet(() -> new OutboundDelivery(messageId, workspace, conversation, channel,
                                DeliveryState.FAILED, made, step, failed.reason(), null, null, now));
            }
        };
    }

    /** A failed delivery made due again at once, at the start of the schedule; its reason stays until the attempt. */
    public OutboundDelivery retried(Instant now) {
        if (state != DeliveryState.FAILED) {
            throw DomainException.conflict("delivery.not-failed", "only a failed delivery can be tried again");
        }
        return new OutboundDelivery(messageId, workspace, conversation, channel, DeliveryState.QUEUED, attempts, 0,
                reason, now, null, now);
    }

    public DeliveryView view() {
        return new DeliveryView(messageId, channel, state, attempts, reason, nextAttemptAt, platformMessageId,
                updatedAt);
    }
}
