package io.parley.conversation.model;

import io.parley.agent.Role;
import io.parley.conversation.Actor;
import io.parley.conversation.Author;
import io.parley.conversation.AuthorKind;
import io.parley.conversation.ClientMessageId;
import io.parley.conversation.ConversationStatus;
import io.parley.shared.AgentId;
import io.parley.shared.ConversationId;
import io.parley.shared.InboxId;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/** One workspace, one inbox, one visitor and three agents, and conversations in any state between them. */
final class ConversationFixtures {

    static final WorkspaceId WORKSPACE = WorkspaceId.random();
    static final InboxId INBOX = InboxId.random();
    static final VisitorId VISITOR = VisitorId.random();
    static final AgentId ADA = AgentId.random();
    static final AgentId BOB = AgentId.random();
    static final AgentId CYD = AgentId.random();
    static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");
    static final Instant LATER = NOW.plusSeconds(60);

    private static final AtomicInteger CLIENT_IDS = new AtomicInteger();

    private ConversationFixtures() {}

    static Conversation conversation(ConversationStatus status, @Nullable AgentId assignee) {
        return new Conversation(ConversationId.random(), WORKSPACE, INBOX, VISITOR, status, assignee, 0, NOW, NOW);
    }

    static Conversation withBot() {
        return conversation(ConversationStatus.BOT, null);
    }

    static Conversation waiting() {
        return conversation(ConversationStatus.WAITING, null);
    }

    static Conversation assignedTo(AgentId agent) {
        return conversation(ConversationStatus.ASSIGNED, agent);
    }

    static Conversation resolved() {
        return conversation(ConversationStatus.RESOLVED, null);
    }

    static Author visitor() {
        return new Author(AuthorKind.VISITOR, VISITOR.toString());
    }

    static Author agent(AgentId agent) {
        return new Author(AuthorKind.AGENT, agent.toString());
    }

    static Actor.Agent actingAgent(AgentId agent, Role role) {
        return new Actor.Agent(WORKSPACE, agent, role);
    }

    static Actor.Visitor actingVisitor() {
        return new Actor.Visitor(WORKSPACE, INBOX, VISITOR);
    }

    static ClientMessageId clientId() {
        return new ClientMessageId("c-" + CLIENT_IDS.incrementAndGet());
    }

    static MessageBody body(String text) {
        return new MessageBody(text);
    }
}
