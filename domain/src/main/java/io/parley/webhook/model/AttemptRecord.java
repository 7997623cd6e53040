package io.parley.webhook.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What one attempt sent and got back, for the delivery log. */
public record AttemptRecord(int attempt, Instant at, long durationMillis, long webhookTimestamp,
                            @Nullable Integer responseStatus, @Nullable String responseBody, @Nullable String error) {}
