package io.parley.webhook.model;

import io.parley.shared.WorkspaceId;
import io.parley.webhook.WebhookDeliveryId;
import io.parley.webhook.WebhookEndpointId;
import io.parley.webhook.WebhookEventType;

/**
 * A delivery whose next attempt is due, claimed by one node for the time it takes.
 *
 * @param attempts attempts made so far (the log numbers them on across replays)
 * @param step     the place in the retry schedule of the attempt about to be made (0: the first)
 */
public record DueDelivery(WebhookDeliveryId id, WebhookEndpointId endpointId, WorkspaceId workspaceId,
                          WebhookEventType eventType, String payload, int attempts, int step) {}
