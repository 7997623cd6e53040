package io.parley.conversation.adapter.jdbc;

import static io.parley.Tenants.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.PostgresBacked;
import io.parley.Tenants;
import io.parley.Tenants.Tenant;
import io.parley.agent.model.Agent;
import io.parley.conversation.Author;
import io.parley.conversation.AuthorKind;
import io.parley.conversation.ClientMessageId;
import io.parley.conversation.MessageKind;
import io.parley.conversation.model.Conversation;
import io.parley.conversation.model.Message;
import io.parley.conversation.model.MessageBody;
import io.parley.conversation.port.Conversations;
import io.parley.conversation.port.Messages;
import io.parley.shared.DomainException;
import io.parley.shared.MessageId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MessagesTests extends PostgresBacked {

    @Autowired
    Messages messages;

    @Autowired
    Conversations conversations;

    @Autowired
    Tenants tenants;

    Tenant tenant;
    Agent agent;
    Conversation conversation;
    Author visitor;

    @BeforeEach
    void conversation() {
        tenant = tenants.create("Acme");
        agent = tenants.agent(tenant);
        var person = tenants.visitor(tenant);
        visitor = new Author(AuthorKind.VISITOR, person.getId().toString());
        conversation = Conversation.open(tenant.workspace().getId(), tenant.inbox().getId(), person.getId(), false, T0);
        conversations.insert(conversation);
    }

    private Message post(Author author, MessageKind kind, String text, String clientId) {
        var message = conversation.post(author, kind, new MessageBody(text), new ClientMessageId(clientId),
                T0.plusSeconds(conversation.lastSequence() + 1));
        messages.append(message);
        return message;
    }

    private Author agentAuthor() {
        return new Author(AuthorKind.AGENT, agent.getId().toString());
    }

    @Test
    void roundTripsAMessage() {
        var posted = post(visitor, MessageKind.TEXT, "你好，我的订单还没到 📦\nOrder #42", "c-1");

        var loaded = messages.findByClientMessageId(tenant.workspace().getId(), conversation.getId(),
                new ClientMessageId("c-1")).orElseThrow();
        assertThat(loaded).isEqualTo(posted);
        assertThat(messages.findByClientMessageId(tenant.workspace().getId(), conversation.getId(),
                new ClientMessageId("c-2"))).isEmpty();
    }

    @Test
    void theLatestMessageShownToVisitorsSkipsNotesAndStaysInItsWorkspace() {
        post(visitor, MessageKind.TEXT, "where is my parcel?", "c-1");
        var reply = post(agentAuthor(), MessageKind.TEXT, "on its way", "c-2");
        post(agentAuthor(), MessageKind.NOTE, "courier called, lost it", "c-3");
        var person = tenants.visitor(tenant);
        var onlyNotes = Conversation.open(tenant.workspace().getId(), tenant.inbox().getId(), person.getId(), false, T0);
        conversations.insert(onlyNotes);
        messages.append(onlyNotes.post(agentAuthor(), MessageKind.NOTE, new MessageBody("just a note"),
                new ClientMessageId("n-1"), T0));
        var elsewhere = tenants.create("Other");

        var latest = messages.latestShownToVisitors(tenant.workspace().getId(),
                java.util.List.of(conversation.getId(), onlyNotes.getId()));

        assertThat(latest).containsExactly(reply);
        assertThat(messages.latestShownToVisitors(elsewhere.workspace().getId(),
                java.util.List.of(conversation.getId()))).isEmpty();
        assertThat(messages.latestShownToVisitors(tenant.workspace().getId(), java.util.List.of())).isEmpty();
    }

    @Test
    void readsAfterAndBeforeASequenceInAscendingOrder() {
        for (int i = 1; i <= 6; i++) {
            post(visitor, MessageKind.TEXT, "message " + i, "c-" + i);
        }
        var workspace = tenant.workspace().getId();

        assertThat(messages.after(workspace, conversation.getId(), 2, 3, true))
                .extracting(Message::sequence).containsExactly(3L, 4L, 5L);
        assertThat(messages.after(workspace, conversation.getId(), 0, 500, true))
                .extracting(Message::sequence).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(messages.before(workspace, conversation.getId(), 5, 2, true))
                .extracting(Message::sequence).containsExactly(3L, 4L);
        assertThat(messages.before(workspace, conversation.getId(), 2, 10, true))
                .extracting(Message::sequence).containsExactly(1L);
    }

    @Test
    void leavesInternalNotesOutUnlessAskedFor() {
        post(visitor, MessageKind.TEXT, "hello", "v-1");
        post(agentAuthor(), MessageKind.NOTE, "VIP customer", "a-1");
        post(agentAuthor(), MessageKind.TEXT, "hi, how can I help?", "a-2");
        var workspace = tenant.workspace().getId();

        assertThat(messages.after(workspace, conversation.getId(), 0, 10, false))
                .extracting(Message::sequence).containsExactly(1L, 3L);
        assertThat(messages.before(workspace, conversation.getId(), 4, 10, false))
                .extracting(Message::sequence).containsExactly(1L, 3L);
        assertThat(messages.after(workspace, conversation.getId(), 0, 10, true))
                .extracting(Message::kind).containsExactly(MessageKind.TEXT, MessageKind.NOTE, MessageKind.TEXT);
    }

    @Test
    void findsNoMessageThroughAnotherWorkspace() {
        post(visitor, MessageKind.TEXT, "hello", "c-1");
        var other = tenants.create("Globex").workspace().getId();

        assertThat(messages.after(other, conversation.getId(), 0, 10, true)).isEmpty();
        assertThat(messages.before(other, conversation.getId(), 10, 10, true)).isEmpty();
        assertThat(messages.findByClientMessageId(other, conversation.getId(), new ClientMessageId("c-1"))).isEmpty();
    }

    @Test
    void refusesASecondMessageWithTheSameClientMessageId() {
        var first = post(visitor, MessageKind.TEXT, "hello", "c-1");
        var retry = new Message(MessageId.random(), first.workspaceId(), first.conversationId(), 2,
                first.clientMessageId(), visitor, MessageKind.TEXT, new MessageBody("hello"), T0);

        assertThatThrownBy(() -> messages.append(retry))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("message.duplicate");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                });
    }

    @Test
    void refusesASecondMessageWithTheSameSequence() {
        var first = post(visitor, MessageKind.TEXT, "hello", "c-1");
        var racer = new Message(MessageId.random(), first.workspaceId(), first.conversationId(), first.sequence(),
                new ClientMessageId("c-2"), visitor, MessageKind.TEXT, new MessageBody("hi"), T0);

        assertThatThrownBy(() -> messages.append(racer))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("message.sequence-taken"));
        assertThat(messages.after(tenant.workspace().getId(), conversation.getId(), 0, 10, true))
                .extracting(Message::clientMessageId).containsExactly(new ClientMessageId("c-1"));
    }

    @Test
    void appendsSeveralMessagesAtOnceAndFindsThemByClientMessageIds() {
        var first = conversation.post(visitor, MessageKind.TEXT, new MessageBody("one"), new ClientMessageId("b-1"), T0);
        var second = conversation.post(agentAuthor(), MessageKind.TEXT, new MessageBody("<b>two</b> \"quoted\", {braces}, back\\slash\nNULL"),
                new ClientMessageId("b-2"), T0.plusSeconds(1));
        var third = conversation.post(visitor, MessageKind.TEXT, new MessageBody("三"), new ClientMessageId("b-3"),
                T0.plusSeconds(2));
        assertThat(messages.appendUnlessResent(java.util.List.of(first, second, third))).isEmpty();

        assertThat(messages.after(tenant.workspace().getId(), conversation.getId(), 0, 10, true))
                .containsExactly(first, second, third);
        var elsewhere = Conversation.open(tenant.workspace().getId(), tenant.inbox().getId(),
                tenants.visitor(tenant).getId(), false, T0);
        conversations.insert(elsewhere);
        assertThat(messages.findByClientMessageIds(java.util.List.of(
                new Messages.ClientMessageKey(conversation.getId(), new ClientMessageId("b-1")),
                new Messages.ClientMessageKey(conversation.getId(), new ClientMessageId("b-3")),
                new Messages.ClientMessageKey(conversation.getId(), new ClientMessageId("missing")),
                new Messages.ClientMessageKey(elsewhere.getId(), new ClientMessageId("b-2")))))
                .as("exactly the pairs asked for").containsExactlyInAnyOrder(first, third);
        assertThat(messages.findByClientMessageIds(java.util.List.of())).isEmpty();
    }

    @Test
    void aBatchLeavesOutAndReturnsTheResendsAndFailsWholeOnATakenSequence() {
        post(visitor, MessageKind.TEXT, "hello", "c-1");
        var fresh = conversation.post(visitor, MessageKind.TEXT, new MessageBody("new"), new ClientMessageId("c-2"),
                T0.plusSeconds(5));
        var resent = new Message(MessageId.random(), conversation.workspaceId(), conversation.getId(), 3,
                new ClientMessageId("c-1"), visitor, MessageKind.TEXT, new MessageBody("hello"), T0);

        assertThat(messages.appendUnlessResent(java.util.List.of(fresh, resent))).containsExactly(resent);
        assertThat(messages.after(tenant.workspace().getId(), conversation.getId(), 0, 10, true))
                .extracting(Message::clientMessageId)
                .containsExactly(new ClientMessageId("c-1"), new ClientMessageId("c-2"));

        var next = conversation.post(visitor, MessageKind.TEXT, new MessageBody("next"), new ClientMessageId("c-3"),
                T0.plusSeconds(6));
        var racer = new Message(MessageId.random(), conversation.workspaceId(), conversation.getId(), 2,
                new ClientMessageId("c-4"), visitor, MessageKind.TEXT, new MessageBody("late"), T0);
        assertThatThrownBy(() -> transactions.executeWithoutResult(status ->
                messages.appendUnlessResent(java.util.List.of(next, racer))))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThat(messages.after(tenant.workspace().getId(), conversation.getId(), 0, 10, true))
                .as("all or nothing").hasSize(2);
    }

    org.springframework.transaction.support.TransactionTemplate transactions;

    @Autowired
    void transactions(org.springframework.transaction.PlatformTransactionManager manager) {
        transactions = new org.springframework.transaction.support.TransactionTemplate(manager);
    }
}
