package io.parley.conversation.model;

import io.parley.conversation.Author;
import io.parley.conversation.AuthorKind;
import io.parley.conversation.ClientMessageId;
import io.parley.conversation.ConversationAssigned;
import io.parley.conversation.ConversationHandedOver;
import io.parley.conversation.ConversationOpened;
import io.parley.conversation.ConversationReopened;
import io.parley.conversation.ConversationResolved;
import io.parley.conversation.ConversationStatus;
import io.parley.conversation.ConversationUnassigned;
import io.parley.conversation.MessageKind;
import io.parley.conversation.MessagePosted;
import io.parley.conversation.VisitorWroteToBot;
import io.parley.shared.AgentId;
import io.parley.shared.ConversationId;
import io.parley.shared.DomainException;
import io.parley.shared.InboxId;
import io.parley.shared.MessageId;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * A conversation between one visitor and the workspace (bot and agents). It numbers its messages: the n-th message
 * stored gets sequence n, with no gaps, so a client that saw sequence k asks for everything after k.
 *
 * <p>Lifecycle: {@code BOT} or {@code WAITING} when opened, {@code ASSIGNED} once a human has it, {@code RESOLVED}
 * when done, and back to {@code WAITING} or {@code ASSIGNED} when reopened. Every change records a domain event,
 * released by {@link #releaseEvents()} after the change is stored.
 */
public class Conversation implements AggregateRoot<Conversation, ConversationId> {

    private final ConversationId id;
    private final WorkspaceId workspaceId;
    private final InboxId inboxId;
    private final VisitorId visitorId;
    private ConversationStatus status;
    private @Nullable AgentId assignee;
    private long lastSequence;
    private final Instant createdAt;
    private Instant updatedAt;
    private final List<DomainEvent> events = new ArrayList<>();

    public Conversation(ConversationId id, WorkspaceId workspaceId, InboxId inboxId, VisitorId visitorId,
                        ConversationStatus status, @Nullable AgentId assignee, long lastSequence,
                        Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id);
        this.workspaceId = Objects.requireNonNull(workspaceId);
        this.inboxId = Objects.requireNonNull(inboxId);
        this.visitorId = Objects.requireNonNull(visitorId);
        this.status = Objects.requireNonNull(status);
        if ((status == ConversationStatus.ASSIGNED) != (assignee != null) && status != ConversationStatus.RESOLVED) {
            throw new IllegalArgumentException("an assigned conversation has an assignee, and only then");
        }
        if (lastSequence < 0) {
            throw new IllegalArgumentException("sequence cannot be negative");
        }
        this.assignee = assignee;
        this.lastSequence = lastSequence;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
    }

    /** A visitor starts a conversation: the bot answers first when the inbox says so, else it waits for a human. */
    public static Conversation open(WorkspaceId workspace, InboxId inbox, VisitorId visitor, boolean botFirst,
                                    Instant now) {
        var status = botFirst ? ConversationStatus.BOT : ConversationStatus.WAITING;
        var conversation = new Conversation(ConversationId.random(), workspace, inbox, visitor, status, null, 0, now, now);
        conversation.events.add(new ConversationOpened(workspace, conversation.id, inbox, visitor, status, now));
        return conversation;
    }

    /**
     * Stores nothing itself: returns the message with the next sequence number. An agent's reply to a conversation
     * nobody has yet makes it theirs (the bot stops).
     */
    public Message post(Author author, MessageKind kind, MessageBody body, ClientMessageId clientMessageId,
                        Instant now) {
        if (status == ConversationStatus.RESOLVED) {
            throw DomainException.conflict("conversation.closed",
                    "this conversation was resolved; start a new one or ask an agent to reopen it");
        }
        if (kind == MessageKind.NOTE && author.kind() != AuthorKind.AGENT) {
            throw DomainException.forbidden("message.note-agents-only", "only agents write internal notes");
        }
        if (author.kind() == AuthorKind.BOT && status != ConversationStatus.BOT) {
            throw DomainException.conflict("conversation.bot-inactive", "a human has this conversation; the bot stays quiet");
        }
        if (author.kind() == AuthorKind.AGENT && kind == MessageKind.TEXT && assignee == null) {
            assignTo(AgentId.parse(Objects.requireNonNull(author.id())), now);
        }
        lastSequence++;
        updatedAt = now;
        var message = new Message(MessageId.random(), workspaceId, id, lastSequence, clientMessageId, author, kind,
                body, now);
        events.add(new MessagePosted(workspaceId, id, inboxId, visitorId, message.id(), lastSequence, author, kind,
                body.value(), now));
        if (status == ConversationStatus.BOT && author.kind() == AuthorKind.VISITOR && kind == MessageKind.TEXT) {
            events.add(new VisitorWroteToBot(workspaceId, id, message.id(), lastSequence, body.value(), now));
        }
        return message;
    }

    /** Gives the conversation to a human agent; the bot stops. Who may do so is {@link AssignmentPolicy}'s call. */
    public void assignTo(AgentId agent, Instant now) {
        checkOpen();
        if (agent.equals(assignee)) {
            return;
        }
        var previous = assignee;
        assignee = agent;
        status = ConversationStatus.ASSIGNED;
        updatedAt = now;
        events.add(new ConversationAssigned(workspaceId, id, agent, previous, now));
    }

    /** Back to the human queue with nobody assigned. Who may do so is {@link AssignmentPolicy}'s call. */
    public void unassign(Instant now) {
        checkOpen();
        var previous = assignee;
        if (previous == null) {
            throw DomainException.conflict("conversation.not-assigned", "nobody has this conversation; claim it instead");
        }
        assignee = null;
        status = ConversationStatus.WAITING;
        updatedAt = now;
        events.add(new ConversationUnassigned(workspaceId, id, previous, now));
    }

    /** The bot steps back: the conversation joins the human queue. Only a bot conversation can be handed over. */
    public void handOver(String reason, Instant now) {
        if (status != ConversationStatus.BOT) {
            throw DomainException.conflict("conversation.not-with-bot", "only a conversation the bot has can be handed over");
        }
        status = ConversationStatus.WAITING;
        updatedAt = now;
        events.add(new ConversationHandedOver(workspaceId, id, reason, now));
    }

    public void resolve(Author by, Instant now) {
        checkOpen();
        status = ConversationStatus.RESOLVED;
        updatedAt = now;
        events.add(new ConversationResolved(workspaceId, id, by, now));
    }

    /** Back to its assignee if it had one, else to the human queue. */
    public void reopen(Author by, Instant now) {
        if (status != ConversationStatus.RESOLVED) {
            throw DomainException.conflict("conversation.not-resolved", "only a resolved conversation can be reopened");
        }
        status = assignee != null ? ConversationStatus.ASSIGNED : ConversationStatus.WAITING;
        updatedAt = now;
        events.add(new ConversationReopened(workspaceId, id, by, status, now));
    }

    /**
     * The visitor wrote again soon after the resolve ({@link ReopenPolicy}): the conversation goes back to the agent
     * who had it when that agent is available, else to the human queue with nobody assigned. Never to the bot: an
     * agent resolved it, so a person has handled it.
     */
    public void reopenForFollowUp(Author visitor, boolean assigneeAvailable, Instant now) {
        if (status != ConversationStatus.RESOLVED) {
            throw DomainException.conflict("conversation.not-resolved", "only a resolved conversation can be reopened");
        }
        if (visitor.kind() != AuthorKind.VISITOR) {
            throw new IllegalArgumentException("a follow-up comes from the visitor");
        }
        if (assignee == null || !assigneeAvailable) {
            assignee = null;
            status = ConversationStatus.WAITING;
        } else {
            status = ConversationStatus.ASSIGNED;
        }
        updatedAt = now;
        events.add(new ConversationReopened(workspaceId, id, visitor, status, now));
    }

    private void checkOpen() {
        if (status == ConversationStatus.RESOLVED) {
            throw DomainException.conflict("conversation.closed",
                    "this conversation was resolved; reopen it first");
        }
    }

    /** The events recorded since the last call, oldest first; the list is then empty. */
    public List<DomainEvent> releaseEvents() {
        var released = List.copyOf(events);
        events.clear();
        return released;
    }

    @Override
    public ConversationId getId() {
        return id;
    }

    public WorkspaceId workspaceId() {
        return workspaceId;
    }

    public InboxId inboxId() {
        return inboxId;
    }

    public VisitorId visitorId() {
        return visitorId;
    }

    public ConversationStatus status() {
        return status;
    }

    public @Nullable AgentId assignee() {
        return assignee;
    }

    public long lastSequence() {
        return lastSequence;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
