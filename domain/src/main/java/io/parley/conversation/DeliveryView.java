package io.parley.conversation;

import io.parley.channel.ChannelType;
import io.parley.shared.MessageId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The delivery of one outgoing message through its conversation's channel.
 *
 * @param attempts          attempts made so far
 * @param reason            why the last attempt failed, as the channel said it (for RETRYING and FAILED)
 * @param nextAttemptAt     when the next attempt is due (QUEUED and RETRYING)
 * @param platformMessageId the channel's id for the message, when it gave one (SENT)
 */
public record DeliveryView(MessageId messageId, ChannelType channel, DeliveryState state, int attempts,
                           @Nullable String reason, @Nullable Instant nextAttemptAt,
                           @Nullable String platformMessageId, Instant updatedAt) {}
