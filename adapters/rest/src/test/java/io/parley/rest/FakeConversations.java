package io.parley.rest;

import static io.parley.rest.Fixtures.*;

import io.parley.conversation.Actor;
import io.parley.conversation.ConversationFilter;
import io.parley.conversation.ConversationLifecycle;
import io.parley.conversation.ConversationMessaging;
import io.parley.conversation.ConversationQueries;
import io.parley.conversation.ConversationStatus;
import io.parley.conversation.ConversationView;
import io.parley.conversation.HistoryQuery;
import io.parley.conversation.MessageKind;
import io.parley.conversation.MessageView;
import io.parley.conversation.PostMessage;
import io.parley.conversation.Posted;
import io.parley.conversation.model.MessageBody;
import io.parley.shared.AgentId;
import io.parley.shared.ConversationId;
import io.parley.shared.DomainException;
import io.parley.shared.MessageId;
import io.parley.shared.Page;
import io.parley.shared.PageRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Conversations in memory, with just enough rules to answer like the real use cases. */
@Component
class FakeConversations implements ConversationMessaging, ConversationLifecycle, ConversationQueries {

    private final Map<ConversationId, ConversationView> conversations = new ConcurrentHashMap<>();
    private final Map<ConversationId, List<MessageView>> messages = new ConcurrentHashMap<>();
    volatile @Nullable ConversationFilter lastFilter;
    volatile @Nullable PageRequest lastPage;

    @Override
    public ConversationView start(Actor.Visitor visitor) {
        var view = new ConversationView(ConversationId.random(), visitor.workspaceId(), visitor.inboxId(),
                visitor.visitorId(), ConversationStatus.WAITING, null, 0, NOW, NOW);
        conversations.put(view.id(), view);
        messages.put(view.id(), new ArrayList<>());
        return view;
    }

    @Override
    public synchronized Posted post(PostMessage command) {
        ConversationView view = get(command.actor(), command.conversation());
        new MessageBody(command.body());
        List<MessageView> stored = messages.get(view.id());
        for (MessageView message : stored) {
            if (message.clientMessageId().equals(command.clientMessageId().value())) {
                return new Posted(message, true);
            }
        }
        if (view.status() == ConversationStatus.RESOLVED) {
            throw DomainException.conflict("conversation.closed", "this conversation was resolved; start a new one");
        }
        var message = new MessageView(MessageId.random(), view.id(), view.lastSequence() + 1,
                command.clientMessageId().value(), command.actor().author(), command.kind(), command.body(), NOW);
        stored.add(message);
        replace(view, view.status(), view.assignee(), message.sequence());
        return new Posted(message, false);
    }

    @Override
    public List<MessageView> history(Actor actor, ConversationId conversation, HistoryQuery query) {
        get(actor, conversation);
        return messages.get(conversation).stream()
                .filter(m -> m.sequence() > query.afterSequence())
                .filter(m -> query.beforeSequence() == null || m.sequence() < query.beforeSequence())
                .filter(m -> actor instanceof Actor.Agent || m.kind() != MessageKind.NOTE)
                .limit(query.limit()).toList();
    }

    @Override
    public ConversationView get(Actor actor, ConversationId conversation) {
        ConversationView view = conversations.get(conversation);
        boolean visible = view != null && (!(actor instanceof Actor.Visitor visitor)
                || visitor.visitorId().equals(view.visitorId()));
        if (!visible) {
            throw DomainException.notFound("conversation.not-found", "there is no conversation " + conversation);
        }
        return view;
    }

    @Override
    public List<ConversationView> ofVisitor(Actor.Visitor visitor) {
        return conversations.values().stream().filter(c -> c.visitorId().equals(visitor.visitorId()))
                .sorted(Comparator.comparing(ConversationView::createdAt).reversed()).toList();
    }

    @Override
    public ConversationView assign(Actor actor, ConversationId conversation, AgentId target) {
        ConversationView view = get(actor, conversation);
        return replace(view, ConversationStatus.ASSIGNED, target, view.lastSequence());
    }

    @Override
    public ConversationView unassign(Actor actor, ConversationId conversation) {
        ConversationView view = get(actor, conversation);
        return replace(view, ConversationStatus.WAITING, null, view.lastSequence());
    }

    @Override
    public ConversationView handOver(Actor actor, ConversationId conversation, String reason) {
        ConversationView view = get(actor, conversation);
        return replace(view, ConversationStatus.WAITING, null, view.lastSequence());
    }

    @Override
    public ConversationView resolve(Actor actor, ConversationId conversation) {
        ConversationView view = get(actor, conversation);
        return replace(view, ConversationStatus.RESOLVED, view.assignee(), view.lastSequence());
    }

    @Override
    public ConversationView reopen(Actor actor, ConversationId conversation) {
        ConversationView view = get(actor, conversation);
        if (view.status() != ConversationStatus.RESOLVED) {
            throw DomainException.conflict("conversation.not-resolved", "only a resolved conversation can be reopened");
        }
        return replace(view, ConversationStatus.WAITING, null, view.lastSequence());
    }

    @Override
    public java.util.Map<ConversationId, io.parley.conversation.LastMessage> lastMessages(Actor.Agent agent,
            java.util.Collection<ConversationId> ids) {
        return java.util.Map.of();
    }

    @Override
    public Page<ConversationView> search(Actor.Agent agent, ConversationFilter filter, PageRequest page) {
        if (BROKEN_INBOX.equals(filter.inbox())) {
            throw new IllegalStateException(SECRET_FAILURE);
        }
        lastFilter = filter;
        lastPage = page;
        List<ConversationView> matches = conversations.values().stream()
                .filter(c -> filter.statuses().isEmpty() || filter.statuses().contains(c.status()))
                .filter(c -> filter.assignee() == null || filter.assignee().equals(c.assignee()))
                .filter(c -> !filter.unassignedOnly() || c.assignee() == null)
                .toList();
        List<ConversationView> items = matches.stream().skip(page.offset()).limit(page.size()).toList();
        return new Page<>(items, page.page(), page.size(), matches.size());
    }

    private ConversationView replace(ConversationView view, ConversationStatus status, @Nullable AgentId assignee,
            long lastSequence) {
        var updated = new ConversationView(view.id(), view.workspaceId(), view.inboxId(), view.visitorId(), status,
                assignee, lastSequence, view.createdAt(), NOW);
        conversations.put(updated.id(), updated);
        return updated;
    }
}
