package io.parley.conversation.application;

import io.parley.channel.InboxAdministration;
import io.parley.channel.InboxView;
import io.parley.conversation.Actor;
import io.parley.conversation.ConversationNotifications;
import io.parley.conversation.ConversationView;
import io.parley.conversation.model.Conversation;
import io.parley.conversation.port.Conversations;
import io.parley.shared.DomainException;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

@Component
class ConversationStarter {

    private final InboxAdministration inboxes;
    private final Conversations conversations;
    private final ConversationNotifications notifications;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ConversationStarter(InboxAdministration inboxes, Conversations conversations,
                        ConversationNotifications notifications, ApplicationEventPublisher events,
                        TransactionTemplate transactions, Clock clock) {
        this.inboxes = inboxes;
        this.conversations = conversations;
        this.notifications = notifications;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    ConversationView start(Actor.Visitor visitor) {
        ConversationView started = transactions.execute(status -> {
            InboxView inbox = inboxes.get(visitor.workspaceId(), visitor.inboxId());
            if (!inbox.enabled()) {
                throw DomainException.forbidden("channel.inbox-disabled",
                        "this inbox is disabled and takes no new conversations");
            }
            var conversation = Conversation.open(visitor.workspaceId(), inbox.id(), visitor.visitorId(),
                    inbox.botFirst(), clock.instant());
            conversations.insert(conversation);
            conversation.releaseEvents().forEach(events::publishEvent);
            return Views.of(conversation);
        });
        notifications.conversationChanged(started);
        return started;
    }
}
