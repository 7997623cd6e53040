package io.parley.conversation.adapter.jdbc;

import static io.parley.Tenants.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.PostgresBacked;
import io.parley.Tenants;
import io.parley.Tenants.Tenant;
import io.parley.conversation.Author;
import io.parley.conversation.AuthorKind;
import io.parley.conversation.ClientMessageId;
import io.parley.conversation.ConversationFilter;
import io.parley.conversation.MessageKind;
import io.parley.conversation.model.Conversation;
import io.parley.conversation.model.MessageBody;
import io.parley.conversation.port.Conversations;
import io.parley.conversation.port.Messages;
import io.parley.shared.ConversationId;
import io.parley.shared.PageRequest;
import io.parley.visitor.model.Visitor;
import io.parley.visitor.model.VisitorProfile;
import io.parley.visitor.port.Visitors;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Searching a workspace's conversations by the visitor's name or e-mail and by message text. */
class ConversationTextSearchTests extends PostgresBacked {

    @Autowired
    Conversations conversations;

    @Autowired
    Messages messages;

    @Autowired
    Visitors visitors;

    @Autowired
    Tenants tenants;

    Tenant acme;
    Conversation withMei;
    Conversation withAnonymous;
    Conversation atGlobex;

    @BeforeEach
    void conversations() {
        acme = tenants.create("Acme");
        withMei = open(acme, new VisitorProfile("Mei Lin", "mei@example.com"), "Where is my parcel?");
        withAnonymous = open(acme, VisitorProfile.ANONYMOUS, "Do you sell 100% cotton_shirts? 退货政策是什么");
        atGlobex = open(tenants.create("Globex"), new VisitorProfile("Mei Lin", "mei@globex.example"),
                "Where is my parcel?");
    }

    @Test
    void findsByVisitorNameOrEmailIgnoringCase() {
        assertThat(search(acme, "mei lin")).containsExactly(withMei.getId());
        assertThat(search(acme, "MEI@EXAMPLE")).containsExactly(withMei.getId());
    }

    @Test
    void findsByMessageTextIncludingChineseAndOnlyInTheWorkspace() {
        assertThat(search(acme, "parcel")).containsExactly(withMei.getId());
        assertThat(search(acme, "退货")).containsExactly(withAnonymous.getId());
        assertThat(search(acme, "nothing like this")).isEmpty();
    }

    @Test
    void takesWildcardsLiterally() {
        assertThat(search(acme, "100%")).containsExactly(withAnonymous.getId());
        assertThat(search(acme, "%")).containsExactly(withAnonymous.getId());
        assertThat(search(acme, "cotto__shirts")).isEmpty();
    }

    private java.util.List<ConversationId> search(Tenant tenant, String text) {
        return conversations.search(tenant.workspace().getId(),
                new ConversationFilter(Set.of(), null, false, null, null, text, null), new PageRequest(0, 50))
                .items().stream().map(Conversation::getId).toList();
    }

    private Conversation open(Tenant tenant, VisitorProfile profile, String text) {
        Visitor visitor = visitors.save(Visitor.arrive(tenant.workspace().getId(), tenant.inbox().getId(), profile, T0));
        var conversation = Conversation.open(tenant.workspace().getId(), tenant.inbox().getId(), visitor.getId(),
                false, T0);
        conversations.insert(conversation);
        messages.append(conversation.post(new Author(AuthorKind.VISITOR, visitor.getId().toString()),
                MessageKind.TEXT, new MessageBody(text), new ClientMessageId("c-1"), T0.plusSeconds(1)));
        return conversation;
    }
}
