package io.parley.conversation.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.parley.conversation.Actor;
import io.parley.conversation.ConversationMessaging;
import io.parley.conversation.ConversationNotifications;
import io.parley.conversation.ConversationView;
import io.parley.conversation.HistoryQuery;
import io.parley.conversation.MessageKind;
import io.parley.conversation.MessageView;
import io.parley.conversation.PostMessage;
import io.parley.conversation.Posted;
import io.parley.conversation.model.Conversation;
import io.parley.conversation.model.Message;
import io.parley.conversation.model.MessageBody;
import io.parley.conversation.port.Conversations;
import io.parley.conversation.port.Messages;
import io.parley.shared.ConversationId;
import io.parley.shared.DomainException;
import io.parley.shared.InboxId;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The message path: lock the conversation row, drop a resend, number and store the message, commit, then notify.
 * The caller's acknowledgement therefore always means "committed in PostgreSQL".
 */
@Service
class MessagingService implements ConversationMessaging {

    private static final Logger log = LoggerFactory.getLogger(MessagingService.class);

    private final Conversations conversations;
    private final Messages messages;
    private final ConversationLoader loader;
    private final ConversationOrdering ordering;
    private final ConversationNotifications notifications;
    private final ConversationStarter starter;
    private final AuthorProfiles profiles;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Timer storeTimer;
    private final Counter stored;
    private final Counter duplicates;

    MessagingService(Conversations conversations, Messages messages, ConversationLoader loader,
                     ConversationOrdering ordering, ConversationNotifications notifications,
                     ConversationStarter starter, AuthorProfiles profiles, ApplicationEventPublisher events,
                     TransactionTemplate transactions, Clock clock, MeterRegistry meters) {
        this.conversations = conversations;
        this.messages = messages;
        this.loader = loader;
        this.ordering = ordering;
        this.notifications = notifications;
        this.starter = starter;
        this.profiles = profiles;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.storeTimer = Timer.builder("parley.messages.store").description("Time to number and commit a message")
                .publishPercentileHistogram().register(meters);
        this.stored = Counter.builder("parley.messages.stored").register(meters);
        this.duplicates = Counter.builder("parley.messages.duplicates")
                .description("Resends answered with the stored message").register(meters);
    }

    @Override
    public ConversationView start(Actor.Visitor visitor) {
        return starter.start(visitor);
    }

    @Override
    public Posted post(PostMessage command) {
        var body = new MessageBody(command.body());
        return ordering.inOrder(command.conversation(), () -> {
            Stored result = storeTimer.record(() -> transactions.execute(status -> store(command, body)));
            if (result.posted().duplicate()) {
                duplicates.increment();
                return result.posted();
            }
            stored.increment();
            MessageView message = withProfile(result, result.posted().message());
            notifications.messagePosted(result.workspace(), result.visitor(), message);
            if (result.changed() != null) {
                notifications.conversationChanged(result.changed());
            }
            return new Posted(message, false);
        });
    }

    /** The message is committed whatever happens here: without its author's profile if that cannot be read now. */
    private MessageView withProfile(Stored result, MessageView message) {
        try {
            return profiles.of(result.workspace(), result.inbox(), List.of(message)).getFirst();
        } catch (RuntimeException e) {
            log.warn("Could not read the profile of the author of message {} ({})", message.id(), e.toString());
            return message;
        }
    }

    /** What one committed post produced: the answer, whom to notify, and the conversation if its state changed. */
    private record Stored(Posted posted, WorkspaceId workspace, InboxId inbox, VisitorId visitor,
                          @Nullable ConversationView changed) {}

    private Stored store(PostMessage command, MessageBody body) {
        Conversation conversation = loader.lockedVisible(command.actor(), command.conversation());
        var earlier = messages.findByClientMessageId(conversation.workspaceId(), conversation.getId(),
                command.clientMessageId());
        if (earlier.isPresent()) {
            checkSameAuthor(command, earlier.get());
            return new Stored(new Posted(Views.of(earlier.get()), true), conversation.workspaceId(),
                    conversation.inboxId(), conversation.visitorId(), null);
        }
        var statusBefore = conversation.status();
        Message message = conversation.post(command.actor().author(), command.kind(), body, command.clientMessageId(),
                clock.instant());
        messages.append(message);
        conversations.update(conversation);
        conversation.releaseEvents().forEach(events::publishEvent);
        var changed = conversation.status() != statusBefore ? Views.of(conversation) : null;
        return new Stored(new Posted(Views.of(message), false), conversation.workspaceId(), conversation.inboxId(),
                conversation.visitorId(), changed);
    }

    /** A client message id names one send by one author; someone else's id must not reveal their message. */
    private static void checkSameAuthor(PostMessage command, Message earlier) {
        if (!earlier.author().equals(command.actor().author())) {
            throw DomainException.conflict("message.client-id-taken",
                    "this client message id was used for another message; generate a new one");
        }
    }

    @Override
    public List<MessageView> history(Actor actor, ConversationId conversationId, HistoryQuery query) {
        return transactions.execute(status -> {
            Conversation conversation = loader.visible(actor, conversationId);
            boolean notes = actor instanceof Actor.Agent;
            List<Message> found = query.beforeSequence() != null
                    ? messages.before(conversation.workspaceId(), conversation.getId(), query.beforeSequence(),
                            query.limit(), notes)
                    : messages.after(conversation.workspaceId(), conversation.getId(), query.afterSequence(),
                            query.limit(), notes);
            List<MessageView> views = found.stream().filter(m -> notes || m.kind() != MessageKind.NOTE)
                    .sorted(Comparator.comparingLong(Message::sequence)).map(Views::of).toList();
            views = profiles.of(conversation.workspaceId(), conversation.inboxId(), views);
            return actor instanceof Actor.Visitor ? views.stream().map(MessageView::forVisitors).toList() : views;
        });
    }

    @Override
    public ConversationView get(Actor actor, ConversationId conversation) {
        return transactions.execute(status -> Views.of(loader.visible(actor, conversation)));
    }

    @Override
    public List<ConversationView> ofVisitor(Actor.Visitor visitor) {
        return transactions.execute(status -> conversations.findByVisitor(visitor.workspaceId(), visitor.visitorId())
                .stream().sorted(Comparator.comparing(Conversation::updatedAt).reversed()).map(Views::of).toList());
    }
}
