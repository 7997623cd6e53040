package io.parley.webhook;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One attempt of a delivery.
 *
 * @param attempt          1 for the first attempt, counting on across retries and replays
 * @param webhookTimestamp the {@code webhook-timestamp} header sent (seconds since the epoch)
 * @param responseStatus   the receiver's HTTP status; absent when no answer came
 * @param responseBody     the start of the receiver's answer
 * @param error            why no answer came (timeout, refused address, connection failure)
 */
public record WebhookAttemptView(int attempt, Instant at, long durationMillis, long webhookTimestamp,
                                 @Nullable Integer responseStatus, @Nullable String responseBody,
                                 @Nullable String error) {}
