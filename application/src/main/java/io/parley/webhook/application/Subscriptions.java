package io.parley.webhook.application;

import io.parley.shared.WorkspaceId;
import io.parley.webhook.WebhookEventType;
import io.parley.webhook.port.WebhookEndpoints;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which event types each workspace's enabled endpoints subscribe to, remembered for {@link #FRESH}: a workspace without
 * an endpoint for an event must not pay for webhooks on every message or change. A change of an endpoint on this node
 * takes effect at once (and again once it is committed); one made on another node, within {@link #FRESH}.
 */
@Component
class Subscriptions {

    static final Duration FRESH = Duration.ofSeconds(5);

    private record Known(Set<WebhookEventType> types, long until) {}

    private final WebhookEndpoints endpoints;
    private final Map<WorkspaceId, Known> known = new ConcurrentHashMap<>();

    Subscriptions(WebhookEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    /** Whether an enabled endpoint of the workspace subscribes to the type. */
    boolean any(WorkspaceId workspace, WebhookEventType type) {
        long now = System.nanoTime();
        Known entry = known.get(workspace);
        if (entry == null || now - entry.until() > 0) {
            Set<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
            endpoints.findAll(workspace).stream().filter(e -> e.enabled()).forEach(e -> types.addAll(e.events()));
            entry = new Known(Set.copyOf(types), now + FRESH.toNanos());
            known.put(workspace, entry);
        }
        return entry.types().contains(type);
    }

    /** An endpoint of the workspace changed: asked again now, and again once the change is committed. */
    void forget(WorkspaceId workspace) {
        known.remove(workspace);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    known.remove(workspace);
                }
            });
        }
    }
}
