package io.parley.conversation.adapter.jdbc;

import static io.parley.Tenants.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.PostgresBacked;
import io.parley.Tenants;
import io.parley.Tenants.Tenant;
import io.parley.agent.model.Agent;
import io.parley.channel.ChannelType;
import io.parley.channel.model.Inbox;
import io.parley.channel.port.Inboxes;
import io.parley.conversation.Author;
import io.parley.conversation.ConversationFilter;
import io.parley.conversation.ConversationStatus;
import io.parley.conversation.model.Conversation;
import io.parley.conversation.port.Conversations;
import io.parley.shared.PageRequest;
import io.parley.visitor.model.Visitor;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A workspace of six conversations, each a minute newer than the one before, and a neighbour's that never shows. */
class ConversationSearchTests extends PostgresBacked {

    @Autowired
    Conversations conversations;

    @Autowired
    Inboxes inboxes;

    @Autowired
    Tenants tenants;

    Tenant acme;
    Inbox api;
    Visitor alice;
    Visitor bob;
    Agent mei;
    Agent lin;
    Conversation botWithAlice;
    Conversation waitingForBob;
    Conversation meiWithAlice;
    Conversation linWithBob;
    Conversation resolvedByMei;
    Conversation waitingOnApi;

    @BeforeEach
    void sixConversations() {
        acme = tenants.create("Acme");
        api = inboxes.save(Inbox.open(acme.workspace().getId(), "API", ChannelType.API, false, T0));
        alice = tenants.visitor(acme);
        bob = tenants.visitor(acme);
        mei = tenants.agent(acme);
        lin = tenants.agent(acme);
        botWithAlice = open(acme.inbox(), alice, true, 1);
        waitingForBob = open(acme.inbox(), bob, false, 2);
        meiWithAlice = open(acme.inbox(), alice, false, 3);
        meiWithAlice.assignTo(mei.getId(), T0.plusSeconds(3 * 60));
        conversations.update(meiWithAlice);
        linWithBob = open(acme.inbox(), bob, false, 4);
        linWithBob.assignTo(lin.getId(), T0.plusSeconds(4 * 60));
        conversations.update(linWithBob);
        resolvedByMei = open(acme.inbox(), bob, false, 5);
        resolvedByMei.assignTo(mei.getId(), T0.plusSeconds(5 * 60));
        resolvedByMei.resolve(Author.SYSTEM, T0.plusSeconds(5 * 60));
        conversations.update(resolvedByMei);
        waitingOnApi = open(api, alice, false, 6);

        var globex = tenants.create("Globex");
        var stranger = tenants.visitor(globex);
        conversations.insert(Conversation.open(globex.workspace().getId(), globex.inbox().getId(), stranger.getId(),
                false, T0.plusSeconds(3600)));
    }

    private Conversation open(Inbox inbox, Visitor visitor, boolean botFirst, int minute) {
        var conversation = Conversation.open(acme.workspace().getId(), inbox.getId(), visitor.getId(), botFirst,
                T0.plusSeconds(minute * 60L));
        conversations.insert(conversation);
        return conversation;
    }

    private List<Conversation> search(ConversationFilter filter) {
        var page = conversations.search(acme.workspace().getId(), filter, new PageRequest(0, 50));
        assertThat(page.total()).isEqualTo(page.items().size());
        return page.items();
    }

    @Test
    void listsAllOfTheWorkspaceNewestFirst() {
        assertThat(search(ConversationFilter.ALL)).extracting(Conversation::getId).containsExactly(
                waitingOnApi.getId(), resolvedByMei.getId(), linWithBob.getId(), meiWithAlice.getId(),
                waitingForBob.getId(), botWithAlice.getId());
    }

    @Test
    void filtersByStatuses() {
        var open = new ConversationFilter(Set.of(ConversationStatus.WAITING, ConversationStatus.BOT), null, false, null, null);
        assertThat(search(open)).extracting(Conversation::getId)
                .containsExactly(waitingOnApi.getId(), waitingForBob.getId(), botWithAlice.getId());
    }

    @Test
    void filtersByAssigneeOrUnassigned() {
        var meis = new ConversationFilter(Set.of(), mei.getId(), false, null, null);
        assertThat(search(meis)).extracting(Conversation::getId)
                .containsExactly(resolvedByMei.getId(), meiWithAlice.getId());

        var meisOpen = new ConversationFilter(Set.of(ConversationStatus.ASSIGNED), mei.getId(), false, null, null);
        assertThat(search(meisOpen)).extracting(Conversation::getId).containsExactly(meiWithAlice.getId());

        var unassigned = new ConversationFilter(Set.of(), null, true, null, null);
        assertThat(search(unassigned)).extracting(Conversation::getId)
                .containsExactly(waitingOnApi.getId(), waitingForBob.getId(), botWithAlice.getId());
    }

    @Test
    void filtersByInboxAndVisitor() {
        var onApi = new ConversationFilter(Set.of(), null, false, api.getId(), null);
        assertThat(search(onApi)).extracting(Conversation::getId).containsExactly(waitingOnApi.getId());

        var bobs = new ConversationFilter(Set.of(), null, false, null, bob.getId());
        assertThat(search(bobs)).extracting(Conversation::getId)
                .containsExactly(resolvedByMei.getId(), linWithBob.getId(), waitingForBob.getId());

        var alicesOnTheWidget = new ConversationFilter(Set.of(), null, false, acme.inbox().getId(), alice.getId());
        assertThat(search(alicesOnTheWidget)).extracting(Conversation::getId)
                .containsExactly(meiWithAlice.getId(), botWithAlice.getId());
    }

    @Test
    void pagesThroughTheResultWithTheTotalOnEveryPage() {
        var first = conversations.search(acme.workspace().getId(), ConversationFilter.ALL, new PageRequest(0, 4));
        var second = conversations.search(acme.workspace().getId(), ConversationFilter.ALL, new PageRequest(1, 4));
        var beyond = conversations.search(acme.workspace().getId(), ConversationFilter.ALL, new PageRequest(5, 4));

        assertThat(first.items()).extracting(Conversation::getId).containsExactly(
                waitingOnApi.getId(), resolvedByMei.getId(), linWithBob.getId(), meiWithAlice.getId());
        assertThat(second.items()).extracting(Conversation::getId)
                .containsExactly(waitingForBob.getId(), botWithAlice.getId());
        assertThat(beyond.items()).isEmpty();
        assertThat(List.of(first.total(), second.total(), beyond.total())).containsOnly(6L);
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(4);
    }
}
