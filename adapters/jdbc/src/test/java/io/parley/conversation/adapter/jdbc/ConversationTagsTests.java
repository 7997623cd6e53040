package io.parley.conversation.adapter.jdbc;

import static io.parley.Tenants.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.PostgresBacked;
import io.parley.Tenants;
import io.parley.Tenants.Tenant;
import io.parley.conversation.ConversationFilter;
import io.parley.conversation.ConversationTag;
import io.parley.conversation.model.Conversation;
import io.parley.conversation.port.ConversationTags;
import io.parley.conversation.port.Conversations;
import io.parley.shared.PageRequest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ConversationTagsTests extends PostgresBacked {

    @Autowired
    ConversationTags tags;

    @Autowired
    Conversations conversations;

    @Autowired
    Tenants tenants;

    @Test
    void keepsEachTagOnceSortedAndFiltersByIt() {
        var acme = tenants.create("Acme");
        var tagged = open(acme);
        var other = open(acme);
        var workspace = acme.workspace().getId();
        tags.add(workspace, tagged.getId(), new ConversationTag("vip"));
        tags.add(workspace, tagged.getId(), new ConversationTag("refund"));
        tags.add(workspace, tagged.getId(), new ConversationTag("VIP"));

        assertThat(tags.find(workspace, tagged.getId())).extracting(ConversationTag::value)
                .containsExactly("refund", "vip");
        var found = conversations.search(workspace, new ConversationFilter(Set.of(), null, false, null, null, null,
                new ConversationTag("vip")), new PageRequest(0, 10)).items();
        assertThat(found).extracting(Conversation::getId).containsExactly(tagged.getId());
        assertThat(other.getId()).isNotEqualTo(tagged.getId());

        tags.remove(workspace, tagged.getId(), new ConversationTag("vip"));
        assertThat(tags.find(workspace, tagged.getId())).extracting(ConversationTag::value).containsExactly("refund");
    }

    @Test
    void neitherShowsNorTagsAnotherWorkspacesConversation() {
        var acme = tenants.create("Acme");
        var globex = tenants.create("Globex");
        var conversation = open(acme);
        tags.add(acme.workspace().getId(), conversation.getId(), new ConversationTag("vip"));

        assertThat(tags.find(globex.workspace().getId(), conversation.getId())).isEmpty();
        assertThatThrownBy(() -> tags.add(globex.workspace().getId(), conversation.getId(), new ConversationTag("spam")))
                .isInstanceOf(RuntimeException.class);
        tags.remove(globex.workspace().getId(), conversation.getId(), new ConversationTag("vip"));
        assertThat(tags.find(acme.workspace().getId(), conversation.getId())).extracting(ConversationTag::value)
                .containsExactly("vip");
    }

    private Conversation open(Tenant tenant) {
        var visitor = tenants.visitor(tenant);
        var conversation = Conversation.open(tenant.workspace().getId(), tenant.inbox().getId(), visitor.getId(),
                false, T0);
        conversations.insert(conversation);
        return conversation;
    }
}
