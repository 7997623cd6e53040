package io.parley.webhook;

import io.parley.shared.WorkspaceId;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An endpoint as administrators see it; its secret is shown only when it is made ({@link WebhookEndpointSecret}).
 *
 * @param disabledReason why deliveries stopped (410 Gone, the whole retry schedule failed, an administrator), when
 *                       the endpoint is disabled
 */
public record WebhookEndpointView(WebhookEndpointId id, WorkspaceId workspaceId, String url, String description,
                                  Set<WebhookEventType> events, boolean enabled, @Nullable String disabledReason,
                                  @Nullable Instant disabledAt, Instant createdAt, Instant updatedAt) {}
