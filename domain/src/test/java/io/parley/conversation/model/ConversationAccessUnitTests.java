package io.parley.conversation.model;

import static io.parley.conversation.model.ConversationFixtures.ADA;
import static io.parley.conversation.model.ConversationFixtures.INBOX;
import static io.parley.conversation.model.ConversationFixtures.WORKSPACE;
import static io.parley.conversation.model.ConversationFixtures.actingAgent;
import static io.parley.conversation.model.ConversationFixtures.actingVisitor;
import static io.parley.conversation.model.ConversationFixtures.assignedTo;
import static io.parley.conversation.model.ConversationFixtures.waiting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.agent.Role;
import io.parley.conversation.Actor;
import io.parley.shared.AgentId;
import io.parley.shared.DomainException;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import org.junit.jupiter.api.Test;

class ConversationAccessUnitTests {

    private static final WorkspaceId OTHER_WORKSPACE = WorkspaceId.random();

    @Test
    void visitorSeesTheirOwnConversation() {
        assertThat(ConversationAccess.canSee(actingVisitor(), waiting())).isTrue();
    }

    @Test
    void visitorDoesNotSeeAnotherVisitorsConversation() {
        var stranger = new Actor.Visitor(WORKSPACE, INBOX, VisitorId.random());

        assertThat(ConversationAccess.canSee(stranger, waiting())).isFalse();
    }

    @Test
    void agentSeesEveryConversationOfTheirWorkspaceAssignedOrNot() {
        var bob = actingAgent(AgentId.random(), Role.AGENT);

        assertThat(ConversationAccess.canSee(bob, waiting())).isTrue();
        assertThat(ConversationAccess.canSee(bob, assignedTo(ADA))).isTrue();
    }

    @Test
    void botAndSystemSeeTheirWorkspacesConversations() {
        assertThat(ConversationAccess.canSee(new Actor.Bot(WORKSPACE), waiting())).isTrue();
        assertThat(ConversationAccess.canSee(new Actor.System(WORKSPACE), waiting())).isTrue();
    }

    @Test
    void nobodySeesAnotherWorkspacesConversation() {
        var conversation = waiting();

        assertThat(ConversationAccess.canSee(new Actor.Agent(OTHER_WORKSPACE, ADA, Role.ADMIN), conversation)).isFalse();
        assertThat(ConversationAccess.canSee(new Actor.Visitor(OTHER_WORKSPACE, INBOX, conversation.visitorId()),
                conversation)).isFalse();
        assertThat(ConversationAccess.canSee(new Actor.Bot(OTHER_WORKSPACE), conversation)).isFalse();
        assertThat(ConversationAccess.canSee(new Actor.System(OTHER_WORKSPACE), conversation)).isFalse();
    }

    @Test
    void aHiddenConversationLooksLikeOneThatDoesNotExist() {
        var stranger = new Actor.Visitor(WORKSPACE, INBOX, VisitorId.random());

        assertThatThrownBy(() -> ConversationAccess.checkVisible(stranger, waiting()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ConversationAccess.notFound().code()).isEqualTo("conversation.not-found");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
                    assertThat(e.getMessage()).isEqualTo(ConversationAccess.notFound().getMessage());
                });
    }

    @Test
    void checkVisibleHandsBackTheVisibleConversation() {
        var conversation = waiting();

        assertThat(ConversationAccess.checkVisible(actingVisitor(), conversation)).isSameAs(conversation);
    }
}
