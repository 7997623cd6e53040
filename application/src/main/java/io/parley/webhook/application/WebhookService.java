package io.parley.webhook.application;

import io.parley.shared.DomainException;
import io.parley.shared.WorkspaceId;
import io.parley.webhook.DeliveryStatus;
import io.parley.webhook.WebhookAdministration;
import io.parley.webhook.WebhookDeliveryId;
import io.parley.webhook.WebhookDeliveryView;
import io.parley.webhook.WebhookEndpointId;
import io.parley.webhook.WebhookEndpointSecret;
import io.parley.webhook.WebhookEndpointView;
import io.parley.webhook.WebhookEventType;
import io.parley.webhook.model.WebhookEndpoint;
import io.parley.webhook.port.WebhookEndpoints;
import io.parley.webhook.port.WebhookOutbox;
import io.parley.webhook.port.WebhookTransport;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

@Service
class WebhookService implements WebhookAdministration {

    private final WebhookEndpoints endpoints;
    private final WebhookOutbox outbox;
    private final WebhookTransport transport;
    private final WebhookDispatcher dispatcher;
    private final WebhookProperties properties;
    private final Clock clock;
    private final Subscriptions subscribers;

    WebhookService(WebhookEndpoints endpoints, WebhookOutbox outbox, WebhookTransport transport,
                   WebhookDispatcher dispatcher, WebhookProperties properties, Clock clock,
                   Subscriptions subscribers) {
        this.subscribers = subscribers;
        this.endpoints = endpoints;
        this.outbox = outbox;
        this.transport = transport;
        this.dispatcher = dispatcher;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public WebhookEndpointSecret create(WorkspaceId workspace, String url, @Nullable String description,
                                        Set<WebhookEventType> events) {
        var endpoint = WebhookEndpoint.create(workspace, checked(url), description, events, now());
        if (endpoints.count(workspace) >= properties.maxEndpoints()) {
            throw DomainException.conflict("webhook.too-many-endpoints", "A workspace has at most "
                    + properties.maxEndpoints() + " webhook endpoints; delete one first.");
        }
        endpoints.save(endpoint);
        subscribers.forget(workspace);
        return new WebhookEndpointSecret(endpoint.view(), endpoint.secret().value(), null);
    }

    @Override
    public List<WebhookEndpointView> list(WorkspaceId workspace) {
        return endpoints.findAll(workspace).stream().map(WebhookEndpoint::view).toList();
    }

    @Override
    public WebhookEndpointView get(WorkspaceId workspace, WebhookEndpointId id) {
        return endpoint(workspace, id).view();
    }

    @Override
    public WebhookEndpointView update(WorkspaceId workspace, WebhookEndpointId id, @Nullable String url,
                                      @Nullable String description, @Nullable Set<WebhookEventType> events,
                                      @Nullable Boolean enabled) {
        var endpoint = endpoint(workspace, id);
        String newUrl = url == null ? null : checked(url);
        if (newUrl == null && Boolean.TRUE.equals(enabled) && !endpoint.enabled()) {
            transport.checkTarget(endpoint.url()); // its host may resolve elsewhere by now
        }
        Instant now = now();
        boolean wasEnabled = endpoint.enabled();
        endpoint.change(newUrl, description, events, enabled, now);
        endpoints.save(endpoint);
        subscribers.forget(workspace);
        if (wasEnabled && !endpoint.enabled()) {
            outbox.abandonPending(id, "The endpoint was disabled by an administrator.", now);
        }
        return endpoint.view();
    }

    @Override
    public WebhookEndpointSecret rotateSecret(WorkspaceId workspace, WebhookEndpointId id) {
        var endpoint = endpoint(workspace, id);
        endpoint.rotateSecret(properties.secretOverlap(), now());
        endpoints.save(endpoint);
        subscribers.forget(workspace);
        return new WebhookEndpointSecret(endpoint.view(), endpoint.secret().value(),
                endpoint.previousSecretExpiresAt());
    }

    @Override
    public void delete(WorkspaceId workspace, WebhookEndpointId id) {
        subscribers.forget(workspace);
        if (!endpoints.delete(workspace, id)) {
            throw notFound();
        }
    }

    @Override
    public List<WebhookDeliveryView> deliveries(WorkspaceId workspace, WebhookEndpointId id, int limit) {
        endpoint(workspace, id);
        if (limit < 1 || limit > 100) {
            throw DomainException.invalid("request.invalid-limit", "limit is between 1 and 100.");
        }
        return outbox.recent(workspace, id, limit);
    }

    @Override
    public WebhookDeliveryView delivery(WorkspaceId workspace, WebhookEndpointId id, WebhookDeliveryId delivery) {
        endpoint(workspace, id);
        return outbox.find(workspace, id, delivery).orElseThrow(WebhookService::deliveryNotFound);
    }

    @Override
    public WebhookDeliveryView replay(WorkspaceId workspace, WebhookEndpointId id, WebhookDeliveryId delivery) {
        var endpoint = endpoint(workspace, id);
        var found = outbox.find(workspace, id, delivery).orElseThrow(WebhookService::deliveryNotFound);
        if (!endpoint.enabled()) {
            throw DomainException.conflict("webhook.endpoint-disabled",
                    "The endpoint is disabled; enable it before replaying a delivery.");
        }
        if (found.status() == DeliveryStatus.PENDING || !outbox.requeue(workspace, id, delivery, now())) {
            throw DomainException.conflict("webhook.delivery-pending",
                    "The delivery is still being attempted; it can be replayed once it has succeeded or failed.");
        }
        dispatcher.wake();
        return outbox.find(workspace, id, delivery).orElseThrow(WebhookService::deliveryNotFound);
    }

    /** PostgreSQL keeps microseconds: an answer shows the time as it will be read back. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private String checked(String url) {
        transport.checkTarget(url);
        return url.strip();
    }

    private WebhookEndpoint endpoint(WorkspaceId workspace, WebhookEndpointId id) {
        return endpoints.findById(workspace, id).orElseThrow(WebhookService::notFound);
    }

    private static DomainException notFound() {
        return DomainException.notFound("webhook.endpoint-not-found", "There is no such webhook endpoint.");
    }

    private static DomainException deliveryNotFound() {
        return DomainException.notFound("webhook.delivery-not-found", "There is no such delivery of this endpoint.");
    }
}
