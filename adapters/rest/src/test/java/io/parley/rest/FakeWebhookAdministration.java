package io.parley.rest;

import io.parley.shared.DomainException;
import io.parley.shared.WorkspaceId;
import io.parley.webhook.WebhookAdministration;
import io.parley.webhook.WebhookDeliveryId;
import io.parley.webhook.WebhookDeliveryView;
import io.parley.webhook.WebhookEndpointId;
import io.parley.webhook.WebhookEndpointSecret;
import io.parley.webhook.WebhookEndpointView;
import io.parley.webhook.WebhookEventType;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** A workspace without webhook endpoints that cannot make one: the webhooks are tested on the whole application. */
@Component
class FakeWebhookAdministration implements WebhookAdministration {

    private static DomainException none() {
        return DomainException.notFound("webhook.not-found", "no such webhook endpoint in this workspace");
    }

    @Override
    public WebhookEndpointSecret create(WorkspaceId workspace, String url, @Nullable String description,
                                        Set<WebhookEventType> events) {
        throw DomainException.invalid("webhook.unavailable", "webhooks are not part of this test application");
    }

    @Override
    public List<WebhookEndpointView> list(WorkspaceId workspace) {
        return List.of();
    }

    @Override
    public WebhookEndpointView get(WorkspaceId workspace, WebhookEndpointId id) {
        throw none();
    }

    @Override
    public WebhookEndpointView update(WorkspaceId workspace, WebhookEndpointId id, @Nullable String url,
                                      @Nullable String description, @Nullable Set<WebhookEventType> events,
                                      @Nullable Boolean enabled) {
        throw none();
    }

    @Override
    public WebhookEndpointSecret rotateSecret(WorkspaceId workspace, WebhookEndpointId id) {
        throw none();
    }

    @Override
    public void delete(WorkspaceId workspace, WebhookEndpointId id) {
        throw none();
    }

    @Override
    public List<WebhookDeliveryView> deliveries(WorkspaceId workspace, WebhookEndpointId id, int limit) {
        throw none();
    }

    @Override
    public WebhookDeliveryView delivery(WorkspaceId workspace, WebhookEndpointId id, WebhookDeliveryId delivery) {
        throw none();
    }

    @Override
    public WebhookDeliveryView replay(WorkspaceId workspace, WebhookEndpointId id, WebhookDeliveryId delivery) {
        throw none();
    }
}
