package io.parley.conversation.model;

import static io.parley.conversation.model.ConversationFixtures.ADA;
import static io.parley.conversation.model.ConversationFixtures.BOB;
import static io.parley.conversation.model.ConversationFixtures.CYD;
import static io.parley.conversation.model.ConversationFixtures.WORKSPACE;
import static io.parley.conversation.model.ConversationFixtures.actingAgent;
import static io.parley.conversation.model.ConversationFixtures.actingVisitor;
import static io.parley.conversation.model.ConversationFixtures.assignedTo;
import static io.parley.conversation.model.ConversationFixtures.waiting;
import static io.parley.conversation.model.ConversationFixtures.withBot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.agent.Role;
import io.parley.conversation.Actor;
import io.parley.shared.AgentId;
import io.parley.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AssignmentPolicyUnitTests {

    @ParameterizedTest
    @EnumSource(Role.class)
    void anyAgentMayClaimAnUnassignedConversation(Role role) {
        assertThatCode(() -> AssignmentPolicy.checkMayAssign(actingAgent(ADA, role), waiting(), ADA)).doesNotThrowAnyException();
        assertThatCode(() -> AssignmentPolicy.checkMayAssign(actingAgent(ADA, role), withBot(), ADA)).doesNotThrowAnyException();
    }

    @Test
    void plainAgentMayNotGiveAnUnassignedConversationToSomeoneElse() {
        assertForbidden(actingAgent(ADA, Role.AGENT), waiting(), BOB);
    }

    @Test
    void plainAgentMayNotTakeAnotherAgentsConversation() {
        assertForbidden(actingAgent(BOB, Role.AGENT), assignedTo(ADA), BOB);
    }

    @Test
    void plainAgentMayNotMoveAnotherAgentsConversationToAThird() {
        assertForbidden(actingAgent(BOB, Role.AGENT), assignedTo(ADA), CYD);
    }

    @Test
    void assigneeMayTransferTheirConversation() {
        assertThatCode(() -> AssignmentPolicy.checkMayAssign(actingAgent(ADA, Role.AGENT), assignedTo(ADA), BOB))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"SUPERVISOR", "ADMIN"})
    void supervisorsAndAdminsMayMoveAnyConversation(Role role) {
        assertThatCode(() -> AssignmentPolicy.checkMayAssign(actingAgent(CYD, role), assignedTo(ADA), BOB))
                .doesNotThrowAnyException();
        assertThatCode(() -> AssignmentPolicy.checkMayAssign(actingAgent(CYD, role), assignedTo(ADA), CYD))
                .doesNotThrowAnyException();
        assertThatCode(() -> AssignmentPolicy.checkMayAssign(actingAgent(CYD, role), waiting(), BOB))
                .doesNotThrowAnyException();
    }

    @Test
    void systemMayAssign() {
        assertThatCode(() -> AssignmentPolicy.checkMayAssign(new Actor.System(WORKSPACE), assignedTo(ADA), BOB))
                .doesNotThrowAnyException();
    }

    @Test
    void visitorsAndTheBotMayNotAssign() {
        assertForbidden(actingVisitor(), waiting(), ADA);
        assertForbidden(new Actor.Bot(WORKSPACE), withBot(), ADA);
    }

    @Test
    void anAgentMayPutTheirOwnConversationBackInTheQueueButNotAnotherAgents() {
        Conversation mine = assignedTo(ADA);
        AssignmentPolicy.checkMayUnassign(actingAgent(ADA, Role.AGENT), mine);
        mine.unassign(ConversationFixtures.NOW.plusSeconds(1));

        assertThat(mine.assignee()).isNull();
        assertThat(mine.status()).isEqualTo(io.parley.conversation.ConversationStatus.WAITING);
        assertThat(mine.releaseEvents()).last().isInstanceOf(io.parley.conversation.ConversationUnassigned.class);
        assertThatThrownBy(() -> AssignmentPolicy.checkMayUnassign(actingAgent(BOB, Role.AGENT), assignedTo(ADA)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("conversation.assign-forbidden"));
        assertThatThrownBy(() -> AssignmentPolicy.checkMayUnassign(actingVisitor(), assignedTo(ADA)))
                .isInstanceOf(DomainException.class);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"SUPERVISOR", "ADMIN"})
    void supervisorsAndAdminsMayPutAnyConversationBackInTheQueue(Role role) {
        assertThatCode(() -> AssignmentPolicy.checkMayUnassign(actingAgent(CYD, role), assignedTo(ADA)))
                .doesNotThrowAnyException();
    }

    @Test
    void aConversationNobodyHasCannotBeUnassigned() {
        Conversation queued = waiting();

        assertThatThrownBy(() -> queued.unassign(ConversationFixtures.NOW))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("conversation.not-assigned"));
        assertThat(queued.releaseEvents()).isEmpty();
    }

    private static void assertForbidden(Actor actor, Conversation conversation, AgentId target) {
        assertThatThrownBy(() -> AssignmentPolicy.checkMayAssign(actor, conversation, target))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("conversation.assign-forbidden");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
                });
    }
}
