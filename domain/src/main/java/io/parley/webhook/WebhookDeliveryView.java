package io.parley.webhook;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One event's delivery to one endpoint, with every attempt made so far (empty in lists).
 *
 * @param messageId the {@code webhook-id} header, the same on every attempt and replay
 * @param payload   the request body, exactly as sent
 */
public record WebhookDeliveryView(WebhookDeliveryId id, WebhookEndpointId endpointId, String messageId,
                                  WebhookEventType eventType, String payload, DeliveryStatus status, int attempts,
                                  @Nullable Instant nextAttemptAt, @Nullable Integer lastResponseStatus,
                                  @Nullable String lastError, Instant createdAt, @Nullable Instant completedAt,
                                  List<WebhookAttemptView> attemptLog) {}
