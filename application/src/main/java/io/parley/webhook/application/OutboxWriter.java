package io.parley.webhook.application;

import io.parley.conversation.Author;
import io.parley.conversation.ConversationAssigned;
import io.parley.conversation.ConversationHandedOver;
import io.parley.conversation.ConversationOpened;
import io.parley.conversation.ConversationReopened;
import io.parley.conversation.ConversationResolved;
import io.parley.conversation.ConversationUnassigned;
import io.parley.conversation.MessagePosted;
import io.parley.shared.WorkspaceId;
import io.parley.webhook.WebhookEventType;
import io.parley.webhook.port.WebhookOutbox;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.annotation.Propagation;

/**
 * Turns conversation events into deliveries in the outbox. The events reach these listeners through Spring Modulith's
 * event publication registry, which records each one in the transaction of the change that raised it and marks it
 * complete only once the deliveries are recorded: a crash in between leaves the publication incomplete, and it is
 * published again when the node starts. An event recorded twice for an endpoint is kept once (its key is unique).
 */
@Component
class OutboxWriter {

    private final WebhookOutbox outbox;
    private final WebhookDispatcher dispatcher;
    private final WebhookProperties properties;
    private final Clock clock;
    private final MessageSubscribers subscribers;

    OutboxWriter(WebhookOutbox outbox, WebhookDispatcher dispatcher, WebhookProperties properties, Clock clock,
                 MessageSubscribers subscribers) {
        this.subscribers = subscribers;
        this.outbox = outbox;
        this.dispatcher = dispatcher;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Unlike the other events, a message is recorded in the outbox inside the transaction that stores it (so a crash
     * loses none either), and only for a workspace with an endpoint subscribed to it: a durable publication of every
     * message would cost every message a row in the event publication table and a listener call, webhooks or not.
     */
    @EventListener
    void on(MessagePosted event) {
        if (!subscribers.any(event.workspaceId())) {
            return;
        }
        var data = data(event.workspaceId(), event.conversationId().toString());
        data.put("messageId", event.messageId().toString());
        data.put("sequence", event.sequence());
        data.put("visitorId", event.visitorId().toString());
        data.put("author", author(event.author()));
        data.put("kind", event.kind().name());
        data.put("body", event.body());
        data.put("createdAt", event.at().toString());
        record(event.workspaceId(), WebhookEventType.MESSAGE_CREATED, event.messageId().toString(), event.at(), data);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ConversationOpened event) {
        var data = data(event.workspaceId(), event.conversationId().toString());
        data.put("inboxId", event.inboxId().toString());
        data.put("visitorId", event.visitorId().toString());
        data.put("status", event.status().name());
        data.put("createdAt", event.at().toString());
        record(event.workspaceId(), WebhookEventType.CONVERSATION_CREATED, event.conversationId().toString(),
                event.at(), data);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ConversationAssigned event) {
        var data = data(event.workspaceId(), event.conversationId().toString());
        data.put("assigneeId", event.assignee().toString());
        data.put("previousAssigneeId", event.previousAssignee() == null ? null : event.previousAssignee().toString());
        data.put("assignedAt", event.at().toString());
        record(event.workspaceId(), WebhookEventType.CONVERSATION_ASSIGNED,
                event.conversationId() + "@" + event.at() + ":" + event.assignee(), event.at(), data);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ConversationUnassigned event) {
        var data = data(event.workspaceId(), event.conversationId().toString());
        data.put("previousAssigneeId", event.previousAssignee().toString());
        data.put("unassignedAt", event.at().toString());
        record(event.workspaceId(), WebhookEventType.CONVERSATION_UNASSIGNED,
                event.conversationId() + "@" + event.at(), event.at(), data);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ConversationResolved event) {
        var data = data(event.workspaceId(), event.conversationId().toString());
        data.put("resolvedBy", author(event.resolvedBy()));
        data.put("resolvedAt", event.at().toString());
        record(event.workspaceId(), WebhookEventType.CONVERSATION_RESOLVED,
                event.conversationId() + "@" + event.at(), event.at(), data);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ConversationReopened event) {
        var data = data(event.workspaceId(), event.conversationId().toString());
        data.put("reopenedBy", author(event.reopenedBy()));
        data.put("status", event.status().name());
        data.put("reopenedAt", event.at().toString());
        record(event.workspaceId(), WebhookEventType.CONVERSATION_REOPENED,
                event.conversationId() + "@" + event.at(), event.at(), data);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ConversationHandedOver event) {
        var data = data(event.workspaceId(), event.conversationId().toString());
        data.put("reason", event.reason());
        data.put("handedOverAt", event.at().toString());
        record(event.workspaceId(), WebhookEventType.CONVERSATION_HANDED_OVER,
                event.conversationId() + "@" + event.at(), event.at(), data);
    }

    private void record(WorkspaceId workspace, WebhookEventType type, String key, Instant at,
                        Map<String, @Nullable Object> data) {
        var envelope = Json.object();
        envelope.put("type", type.wireName());
        envelope.put("timestamp", at.toString());
        envelope.put("data", data);
        Instant now = clock.instant();
        int recorded = outbox.enqueue(workspace, type, type.wireName() + ":" + key, Json.write(envelope), now,
                now.plus(properties.schedule().first()));
        if (recorded > 0) {
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                // recorded in the change's own transaction: the dispatcher can see it once that commits
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        dispatcher.wake();
                    }
                });
            } else {
                dispatcher.wake();
            }
        }
    }

    private static Map<String, @Nullable Object> data(WorkspaceId workspace, String conversation) {
        var data = Json.object();
        data.put("workspaceId", workspace.toString());
        data.put("conversationId", conversation);
        return data;
    }

    private static Map<String, @Nullable Object> author(Author author) {
        var object = Json.object();
        object.put("kind", author.kind().name());
        object.put("id", author.id());
        return object;
    }
}
