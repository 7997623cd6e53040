package io.parley.conversation.adapter.jdbc;

import static io.parley.Tenants.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.PostgresBacked;
import io.parley.Tenants;
import io.parley.conversation.Author;
import io.parley.conversation.AuthorKind;
import io.parley.conversation.ConversationStatus;
import io.parley.conversation.model.Conversation;
import io.parley.conversation.port.Conversations;
import io.parley.shared.ConversationId;
import io.parley.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ConversationsTests extends PostgresBacked {

    @Autowired
    Conversations conversations;

    @Autowired
    Tenants tenants;

    @Test
    void roundTripsAConversationThroughItsLifecycle() {
        var tenant = tenants.create("Acme");
        var workspace = tenant.workspace().getId();
        var visitor = tenants.visitor(tenant);
        var agent = tenants.agent(tenant);
        var conversation = Conversation.open(workspace, tenant.inbox().getId(), visitor.getId(), true, T0);
        conversations.insert(conversation);

        var opened = conversations.findById(workspace, conversation.getId()).orElseThrow();
        assertThat(opened.status()).isEqualTo(ConversationStatus.BOT);
        assertThat(opened.inboxId()).isEqualTo(tenant.inbox().getId());
        assertThat(opened.visitorId()).isEqualTo(visitor.getId());
        assertThat(opened.assignee()).isNull();
        assertThat(opened.lastSequence()).isZero();
        assertThat(opened.createdAt()).isEqualTo(T0);

        opened.assignTo(agent.getId(), T0.plusSeconds(5));
        opened.resolve(new Author(AuthorKind.AGENT, agent.getId().toString()), T0.plusSeconds(9));
        conversations.update(opened);

        var resolved = conversations.findById(workspace, conversation.getId()).orElseThrow();
        assertThat(resolved.status()).isEqualTo(ConversationStatus.RESOLVED);
        assertThat(resolved.assignee()).isEqualTo(agent.getId());
        assertThat(resolved.updatedAt()).isEqualTo(T0.plusSeconds(9));
        assertThat(resolved.createdAt()).isEqualTo(T0);
    }

    @Test
    void keepsEachWorkspaceToItsOwnConversations() {
        var acme = tenants.create("Acme");
        var globex = tenants.create("Globex");
        var visitor = tenants.visitor(acme);
        var conversation = Conversation.open(acme.workspace().getId(), acme.inbox().getId(), visitor.getId(), false, T0);
        conversations.insert(conversation);

        assertThat(conversations.findById(globex.workspace().getId(), conversation.getId())).isEmpty();
        assertThat(conversations.findByVisitor(globex.workspace().getId(), visitor.getId())).isEmpty();
        assertThat(conversations.findByVisitor(acme.workspace().getId(), visitor.getId()))
                .extracting(Conversation::getId).containsExactly(conversation.getId());
    }

    @Test
    void refusesAConversationWhoseInboxBelongsToAnotherWorkspace() {
        var acme = tenants.create("Acme");
        var globex = tenants.create("Globex");
        var visitor = tenants.visitor(acme);
        var crossed = Conversation.open(acme.workspace().getId(), globex.inbox().getId(), visitor.getId(), false, T0);

        assertThatThrownBy(() -> conversations.insert(crossed)).hasMessageContaining("conversation_inbox_fkey");
    }

    @Test
    void updatingAConversationOfAnotherWorkspaceFindsNothing() {
        var acme = tenants.create("Acme");
        var globex = tenants.create("Globex");
        var conversation = Conversation.open(acme.workspace().getId(), acme.inbox().getId(),
                tenants.visitor(acme).getId(), false, T0);
        conversations.insert(conversation);
        var impostor = new Conversation(conversation.getId(), globex.workspace().getId(), globex.inbox().getId(),
                conversation.visitorId(), ConversationStatus.RESOLVED, null, 0, T0, T0);

        assertThatThrownBy(() -> conversations.update(impostor))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("conversation.not-found"));
        assertThat(conversations.findById(acme.workspace().getId(), conversation.getId()).orElseThrow().status())
                .isEqualTo(ConversationStatus.WAITING);
    }

    @Test
    void findsNothingForAnUnknownId() {
        var workspace = tenants.create("Acme").workspace().getId();
        assertThat(conversations.findById(workspace, ConversationId.random())).isEmpty();
    }
}
