package io.parley.webhook.application;

import io.parley.shared.WorkspaceId;
import io.parley.webhook.WebhookEventType;
import io.parley.webhook.port.WebhookEndpoints;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which workspaces have an enabled endpoint subscribed to {@code message.created}, remembered for {@link #FRESH}: a
 * message is the most frequent event by far, and a workspace without such an endpoint must not pay for webhooks on
 * every message. A change of an endpoint on this node takes effect at once (and again once it is committed); one made
 * on another node, within {@link #FRESH}.
 */
@Component
class MessageSubscribers {

    static final Duration FRESH = Duration.ofSeconds(5);

    private record Known(boolean subscribed, long until) {}

    private final WebhookEndpoints endpoints;
    private final Map<WorkspaceId, Known> known = new ConcurrentHashMap<>();

    MessageSubscribers(WebhookEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    boolean any(WorkspaceId workspace) {
        long now = System.nanoTime();
        Known entry = known.get(workspace);
        if (entry == null || now - entry.until() > 0) {
            boolean subscribed = endpoints.findAll(workspace).stream()
                    .anyMatch(e -> e.enabled() && e.subscribesTo(WebhookEventType.MESSAGE_CREATED));
            entry = new Known(subscribed, now + FRESH.toNanos());
            known.put(workspace, entry);
        }
        return entry.subscribed();
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
