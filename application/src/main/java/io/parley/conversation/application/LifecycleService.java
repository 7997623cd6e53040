package io.parley.conversation.application;

import io.parley.agent.AgentAdministration;
import io.parley.agent.AgentView;
import io.parley.conversation.Actor;
import io.parley.conversation.ConversationLifecycle;
import io.parley.conversation.ConversationNotifications;
import io.parley.conversation.ConversationView;
import io.parley.conversation.model.AssignmentPolicy;
import io.parley.conversation.model.Conversation;
import io.parley.conversation.port.Conversations;
import io.parley.shared.AgentId;
import io.parley.shared.ConversationId;
import io.parley.shared.DomainException;
import java.time.Clock;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class LifecycleService implements ConversationLifecycle {

    /** The hand-over reason when the visitor asked for a person. */
    static final String VISITOR_ASKED = "visitor-asked";

    private final ConversationLoader loader;
    private final Conversations conversations;
    private final AgentAdministration agents;
    private final ConversationOrdering ordering;
    private final ConversationNotifications notifications;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    LifecycleService(ConversationLoader loader, Conversations conversations, AgentAdministration agents,
                     ConversationOrdering ordering, ConversationNotifications notifications,
                     ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.loader = loader;
        this.conversations = conversations;
        this.agents = agents;
        this.ordering = ordering;
        this.notifications = notifications;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public ConversationView assign(Actor actor, ConversationId id, AgentId target) {
        return change(actor, id, conversation -> {
            AgentView agent = agents.find(actor.workspaceId(), target).filter(AgentView::enabled).orElseThrow(() ->
                    DomainException.invalid("conversation.unknown-assignee", "no enabled agent with this id"));
            AssignmentPolicy.checkMayAssign(actor, conversation, agent.id());
            conversation.assignTo(agent.id(), clock.instant());
        });
    }

    @Override
    public ConversationView unassign(Actor actor, ConversationId id) {
        return change(actor, id, conversation -> {
            if (conversation.assignee() != null) {
                AssignmentPolicy.checkMayUnassign(actor, conversation);
            }
            conversation.unassign(clock.instant()); // refuses a conversation nobody has
        });
    }

    /** Staff hand over for any reason; a visitor asks for a person in their own conversation with the bot. */
    @Override
    public ConversationView handOver(Actor actor, ConversationId id, @Nullable String reason) {
        String why = actor instanceof Actor.Visitor ? VISITOR_ASKED
                : reason == null || reason.isBlank() ? "requested" : reason.strip();
        if (why.length() > 200) {
            throw DomainException.invalid("conversation.invalid-reason", "a hand-over reason has at most 200 characters");
        }
        return change(actor, id, conversation -> conversation.handOver(why, clock.instant()));
    }

    @Override
    public ConversationView resolve(Actor actor, ConversationId id) {
        return change(actor, id, conversation -> {
            requireStaff(actor);
            conversation.resolve(actor.author(), clock.instant());
        });
    }

    @Override
    public ConversationView reopen(Actor actor, ConversationId id) {
        return change(actor, id, conversation -> {
            requireStaff(actor);
            conversation.reopen(actor.author(), clock.instant());
        });
    }

    private static void requireStaff(Actor actor) {
        if (actor instanceof Actor.Visitor) {
            throw DomainException.forbidden("conversation.agents-only", "only agents change a conversation's state");
        }
    }

    private ConversationView change(Actor actor, ConversationId id, Consumer<Conversation> transition) {
        return ordering.inOrder(id, () -> {
            ConversationView changed = transactions.execute(status -> {
                Conversation conversation = loader.lockedVisible(actor, id);
                transition.accept(conversation);
                conversations.update(conversation);
                conversation.releaseEvents().forEach(events::publishEvent);
                return Views.of(conversation);
            });
            notifications.conversationChanged(changed);
            return changed;
        });
    }
}
