package io.parley.webhook.application;

import io.parley.conversation.Author;
import io.parley.conversation.ConversationAssigned;
import io.parley.conversation.ConversationHandedOver;
import io.parley.conversation.ConversationOpened;
import io.parley.conversation.ConversationRated;
import io.parley.conversation.ConversationReopened;
import io.parley.conversation.ConversationResolved;
import io.parley.conversation.ConversationUnassigned;
import io.parley.conversation.MessagePosted;
import io.parley.shared.Json;
import io.parley.shared.WorkspaceId;
import io.parley.webhook.WebhookEventType;
import io.parley.webhook.port.WebhookOutbox;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Turns conversation events into deliveries in the outbox, inside the transaction of the change that raised them: the
 * change and its deliveries are committed together or not at all, so a crash loses none. Only a workspace with an
 * enabled endpoint subscribed to the event's type pays anything ({@link Subscriptions}); the others do not even leave
 * a row in the event publication table, which a durable listener would cost every message. An event recorded twice
 * for an endpoint is kept once (its key is unique).
 */
@Component
class OutboxWriter {

    private final WebhookOutbox outbox;
    private final WebhookDispatcher dispatcher;
    private final WebhookProperties properties;
    private final Clock clock;
    private final Subscriptions subscribers;

    OutboxWriter(WebhookOutbox outbox, WebhookDispatcher dispatcher, WebhookProperties properties, Clock clock,
                 Subscriptions subscribers) {
        this.subscribers = subscribers;
        this.outbox = outbox;
        this.dispatcher = dispatcher;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void on(MessagePosted event) {
        if (!subscribers.any(event.workspaceId(), WebhookEventType.MESSAGE_CREATED)) {
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

    @EventListener
    void on(ConversationOpened event) {
        if (!subscribers.any(event.workspaceId(), WebhookEventType.CONVERSATION_CREATED)) {
            return;
        }
        var data = data(event.workspaceId(), event.conversationId().toString());
        data.put("inboxId", event.inboxId().toString());
        data.put("visitorId", event.visitorId().toString());
        data.put("status", event.status().name());
        data.put("createdAt", event.at().toString());
        record(event.workspaceId(), WebhookEventType.CONVERSATION_CREATED, event.conversationId().toString(),
                event.at(), data);
    }

    @EventListener
    void on(ConversationAssigned event) {
        if (!subscribers.any(event.workspaceId(), WebhookEventType.CONVERSATION_ASSIGNED)) {
            return;
        }
        var data = data(event.workspaceId(), event.conversationId().toString());
        data.put("assigneeId", event.assignee().toString());
        data.put("previousAssigneeId", event.previousAssignee() == null ? null : event.previousAssignee().toString());
        data.put("assignedAt", event.at().toString());
        record(event.workspaceId(), WebhookEventType.CONVERSATION_ASSIGNED,
                event.conversationId() + "@" + event.at() + ":" + event.assignee(), event.at(), data);
    }

    @EventListener
    void on(ConversationUnassigned event) {
        if (!subscribers.any(event.workspaceId(), WebhookEventType.CONVERSATION_UNASSIGNED)) {
            return;
        }
        var data = data(event.workspaceId(), event.conversationId().toString());
        data.put("previousAssigneeId", event.previousAssignee().toString());
        data.put("unassignedAt", event.at().toString());
        record(event.workspaceId(), WebhookEventType.CONVERSATION_UNASSIGNED,
                event.conversationId() + "@" + event.at(), event.at(), data);
    }

    @EventListener
    void on(ConversationResolved event) {
        if (!subscribers.any(event.workspaceId(), WebhookEventType.CONVERSATION_RESOLVED)) {
            return;
        }
        var data = data(event.workspaceId(), event.conversationId().toString());
        data.put("resolvedBy", author(event.resolvedBy()));
        data.put("resolvedAt", event.at().toString());
        record(event.workspaceId(), WebhookEventType.CONVERSATION_RESOLVED,
                event.conversationId() + "@" + event.at(), event.at(), data);
    }

    @EventListener
    void on(ConversationReopened event) {
        if (!subscribers.any(event.workspaceId(), WebhookEventType.CONVERSATION_REOPENED)) {
            return;
        }
        var data = data(event.workspaceId(), event.conversationId().toString());
        data.put("reopenedBy", author(event.reopenedBy()));
        data.put("status", event.status().name());
        data.put("reopenedAt", event.at().toString());
        record(event.workspaceId(), WebhookEventType.CONVERSATION_REOPENED,
                event.conversationId() + "@" + event.at(), event.at(), data);
    }

    @EventListener
    void on(ConversationHandedOver event) {
        if (!subscribers.any(event.workspaceId(), WebhookEventType.CONVERSATION_HANDED_OVER)) {
            return;
        }
        var data = data(event.workspaceId(), event.conversationId().toString());
        data.put("reason", event.reason());
        data.put("handedOverAt", event.at().toString());
        record(event.workspaceId(), WebhookEventType.CONVERSATION_HANDED_OVER,
                event.conversationId() + "@" + event.at(), event.at(), data);
    }

    @EventListener
    void on(ConversationRated event) {
        if (!subscribers.any(event.workspaceId(), WebhookEventType.CONVERSATION_RATED)) {
            return;
        }
        var data = data(event.workspaceId(), event.conversationId().toString());
        data.put("inboxId", event.inboxId().toString());
        data.put("visitorId", event.visitorId().toString());
        data.put("score", event.score());
        data.put("comment", event.comment());
        data.put("ratedAt", event.at().toString());
        record(event.workspaceId(), WebhookEventType.CONVERSATION_RATED,
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
