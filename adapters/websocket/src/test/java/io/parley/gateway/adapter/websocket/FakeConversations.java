package io.parley.gateway.adapter.websocket;

import io.parley.conversation.Actor;
import io.parley.conversation.Author;
import io.parley.conversation.ConversationNotifications;
import io.parley.conversation.ConversationStatus;
import io.parley.conversation.ConversationView;
import io.parley.conversation.HistoryQuery;
import io.parley.conversation.MessageKind;
import io.parley.conversation.MessageView;
import io.parley.conversation.PostMessage;
import io.parley.conversation.Posted;
import io.parley.shared.ConversationId;
import io.parley.shared.DomainException;
import io.parley.shared.MessageId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** ConversationMessaging in memory: numbers messages per conversation and notifies in commit order, like the real one. */
public class FakeConversations {

    private final ConversationNotifications notifications;
    private final Clock clock;
    private final Map<ConversationId, ConversationView> conversations = new ConcurrentHashMap<>();
    private final Map<ConversationId, List<MessageView>> messages = new ConcurrentHashMap<>();
    private final Map<ConversationId, CountDownLatch> held = new ConcurrentHashMap<>();
    private final AtomicInteger waiting = new AtomicInteger();
    /** Who posted last, as the gateway named them. */
    volatile Actor lastPoster;

    FakeConversations(ConversationNotifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    public ConversationView start(Actor.Visitor visitor) {
        var now = clock.instant();
        var view = new ConversationView(ConversationId.random(), visitor.workspaceId(), visitor.inboxId(),
                visitor.visitorId(), ConversationStatus.WAITING, null, 0, now, now);
        conversations.put(view.id(), view);
        messages.put(view.id(), new ArrayList<>());
        notifications.conversationChanged(view);
        return view;
    }

    /** Posts to the conversation wait, as for a commit the database does not make, until {@link #release}. */
    void hold(ConversationId conversation) {
        held.put(conversation, new CountDownLatch(1));
    }

    void release(ConversationId conversation) {
        CountDownLatch latch = held.remove(conversation);
        if (latch != null) {
            latch.countDown();
        }
    }

    /** Posts waiting for a held conversation. */
    int waitingPosts() {
        return waiting.get();
    }

    public Posted post(PostMessage command) {
        lastPoster = command.actor();
        CountDownLatch hold = held.get(command.conversation());
        if (hold != null) {
            waiting.incrementAndGet();
            try {
                if (!hold.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("a held conversation was never released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                waiting.decrementAndGet();
            }
        }
        return store(command);
    }

    private synchronized Posted store(PostMessage command) {
        ConversationView conversation = get(command.actor(), command.conversation());
        if (command.kind() == MessageKind.NOTE && !(command.actor() instanceof Actor.Agent)) {
            throw DomainException.forbidden("message.note-agents-only", "only agents write internal notes");
        }
        if (command.body().isBlank()) {
            throw DomainException.invalid("message.empty", "a message needs some text");
        }
        var earlier = messages.get(conversation.id()).stream()
                .filter(m -> m.clientMessageId().equals(command.clientMessageId().value())).findFirst();
        if (earlier.isPresent()) {
            return new Posted(earlier.get(), true);
        }
        MessageView stored = store(conversation.id(), command.actor().author(), command.kind(), command.body(),
                command.clientMessageId().value());
        notifications.messagePosted(conversation.workspaceId(), conversation.visitorId(), stored);
        return new Posted(stored, false);
    }

    /** Stores without notifying, as when another node committed the message. */
    synchronized MessageView storeQuietly(ConversationId conversation, Author author, MessageKind kind, String body) {
        return store(conversation, author, kind, body, "quiet-" + MessageId.random());
    }

    private MessageView store(ConversationId id, Author author, MessageKind kind, String body, String clientId) {
        List<MessageView> list = messages.get(id);
        var message = new MessageView(MessageId.random(), id, list.size() + 1, clientId, author, kind, body,
                clock.instant());
        list.add(message);
        conversations.computeIfPresent(id, (k, c) -> new ConversationView(c.id(), c.workspaceId(), c.inboxId(),
                c.visitorId(), c.status(), c.assignee(), message.sequence(), c.createdAt(), message.createdAt()));
        return message;
    }

    public synchronized List<MessageView> history(Actor actor, ConversationId id, HistoryQuery query) {
        get(actor, id);
        boolean notes = actor instanceof Actor.Agent;
        return messages.get(id).stream().filter(m -> m.sequence() > query.afterSequence())
                .filter(m -> notes || m.kind() != MessageKind.NOTE).limit(query.limit()).toList();
    }

    public ConversationView get(Actor actor, ConversationId id) {
        ConversationView view = conversations.get(id);
        boolean visible = view != null && view.workspaceId().equals(actor.workspaceId())
                && (actor instanceof Actor.Agent
                    || actor instanceof Actor.Visitor v && v.visitorId().equals(view.visitorId()));
        if (!visible) {
            throw DomainException.notFound("conversation.not-found", "no such conversation");
        }
        return view;
    }
}
