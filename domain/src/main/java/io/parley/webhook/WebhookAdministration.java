package io.parley.webhook;

import io.parley.shared.WorkspaceId;
import java.util.List;
import java.util.Set;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.Nullable;

/**
 * A workspace's webhook endpoints, their delivery log and manual replay. Every method is scoped to one workspace:
 * another workspace's ids are not found. A URL is checked by the outbound guard when saved (and again by the
 * transport each time it connects).
 */
@PrimaryPort
public interface WebhookAdministration {

    /** Makes an endpoint with a new secret, returned this once. */
    WebhookEndpointSecret create(WorkspaceId workspace, String url, @Nullable String description,
                                 Set<WebhookEventType> events);

    List<WebhookEndpointView> list(WorkspaceId workspace);

    WebhookEndpointView get(WorkspaceId workspace, WebhookEndpointId id);

    /** Changes what is given (null keeps it); enabling a disabled endpoint clears why it was disabled. */
    WebhookEndpointView update(WorkspaceId workspace, WebhookEndpointId id, @Nullable String url,
                               @Nullable String description, @Nullable Set<WebhookEventType> events,
                               @Nullable Boolean enabled);

    /** A new secret, returned this once; the previous one keeps signing too for a while, so receivers can switch. */
    WebhookEndpointSecret rotateSecret(WorkspaceId workspace, WebhookEndpointId id);

    void delete(WorkspaceId workspace, WebhookEndpointId id);

    /** The endpoint's most recent deliveries, newest first, without their attempts. */
    List<WebhookDeliveryView> deliveries(WorkspaceId workspace, WebhookEndpointId id, int limit);

    /** One delivery with all of its attempts. */
    WebhookDeliveryView delivery(WorkspaceId workspace, WebhookEndpointId id, WebhookDeliveryId delivery);

    /** Sends a delivery again now, with the same {@code webhook-id}, starting the retry schedule over. */
    WebhookDeliveryView replay(WorkspaceId workspace, WebhookEndpointId id, WebhookDeliveryId delivery);
}
