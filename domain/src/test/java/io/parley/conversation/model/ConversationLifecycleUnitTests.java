package io.parley.conversation.model;

import static io.parley.conversation.model.ConversationFixtures.ADA;
import static io.parley.conversation.model.ConversationFixtures.BOB;
import static io.parley.conversation.model.ConversationFixtures.INBOX;
import static io.parley.conversation.model.ConversationFixtures.LATER;
import static io.parley.conversation.model.ConversationFixtures.NOW;
import static io.parley.conversation.model.ConversationFixtures.VISITOR;
import static io.parley.conversation.model.ConversationFixtures.WORKSPACE;
import static io.parley.conversation.model.ConversationFixtures.agent;
import static io.parley.conversation.model.ConversationFixtures.assignedTo;
import static io.parley.conversation.model.ConversationFixtures.conversation;
import static io.parley.conversation.model.ConversationFixtures.resolved;
import static io.parley.conversation.model.ConversationFixtures.waiting;
import static io.parley.conversation.model.ConversationFixtures.withBot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.conversation.Author;
import io.parley.conversation.ConversationAssigned;
import io.parley.conversation.ConversationHandedOver;
import io.parley.conversation.ConversationOpened;
import io.parley.conversation.ConversationReopened;
import io.parley.conversation.ConversationResolved;
import io.parley.conversation.ConversationStatus;
import io.parley.shared.ConversationId;
import io.parley.shared.DomainException;
import org.junit.jupiter.api.Test;

class ConversationLifecycleUnitTests {

    @Test
    void opensWithTheBotWhenTheInboxRoutesToItFirst() {
        var conversation = Conversation.open(WORKSPACE, INBOX, VISITOR, true, NOW);

        assertThat(conversation.status()).isEqualTo(ConversationStatus.BOT);
        assertThat(conversation.assignee()).isNull();
        assertThat(conversation.lastSequence()).isZero();
        assertThat(conversation.releaseEvents()).containsExactly(
                new ConversationOpened(WORKSPACE, conversation.getId(), INBOX, VISITOR, ConversationStatus.BOT, NOW));
    }

    @Test
    void opensWaitingForAHumanOtherwise() {
        var conversation = Conversation.open(WORKSPACE, INBOX, VISITOR, false, NOW);

        assertThat(conversation.status()).isEqualTo(ConversationStatus.WAITING);
        assertThat(conversation.releaseEvents()).singleElement().isInstanceOf(ConversationOpened.class);
    }

    @Test
    void releasedEventsAreGoneAfterwards() {
        var conversation = Conversation.open(WORKSPACE, INBOX, VISITOR, false, NOW);
        conversation.releaseEvents();

        assertThat(conversation.releaseEvents()).isEmpty();
    }

    @Test
    void assigningTakesTheConversationFromTheBot() {
        var conversation = withBot();

        conversation.assignTo(ADA, LATER);

        assertThat(conversation.status()).isEqualTo(ConversationStatus.ASSIGNED);
        assertThat(conversation.assignee()).isEqualTo(ADA);
        assertThat(conversation.updatedAt()).isEqualTo(LATER);
        assertThat(conversation.releaseEvents())
                .containsExactly(new ConversationAssigned(WORKSPACE, conversation.getId(), ADA, null, LATER));
    }

    @Test
    void transferringNamesThePreviousAssignee() {
        var conversation = assignedTo(ADA);

        conversation.assignTo(BOB, LATER);

        assertThat(conversation.assignee()).isEqualTo(BOB);
        assertThat(conversation.releaseEvents())
                .containsExactly(new ConversationAssigned(WORKSPACE, conversation.getId(), BOB, ADA, LATER));
    }

    @Test
    void assigningToTheCurrentAssigneeChangesNothing() {
        var conversation = assignedTo(ADA);

        conversation.assignTo(ADA, LATER);

        assertThat(conversation.releaseEvents()).isEmpty();
        assertThat(conversation.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void rejectsAssigningAResolvedConversation() {
        var conversation = resolved();

        assertThatThrownBy(() -> conversation.assignTo(ADA, LATER))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("conversation.closed");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                });
        assertThat(conversation.assignee()).isNull();
        assertThat(conversation.status()).isEqualTo(ConversationStatus.RESOLVED);
    }

    @Test
    void handingOverPutsABotConversationInTheHumanQueue() {
        var conversation = withBot();

        conversation.handOver("visitor asked for a person", LATER);

        assertThat(conversation.status()).isEqualTo(ConversationStatus.WAITING);
        assertThat(conversation.releaseEvents()).containsExactly(
                new ConversationHandedOver(WORKSPACE, conversation.getId(), "visitor asked for a person", LATER));
    }

    @Test
    void rejectsHandingOverAConversationTheBotDoesNotHave() {
        for (var conversation : new Conversation[] {waiting(), assignedTo(ADA), resolved()}) {
            var before = conversation.status();

            assertThatThrownBy(() -> conversation.handOver("why", LATER))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("conversation.not-with-bot"));
            assertThat(conversation.status()).isEqualTo(before);
            assertThat(conversation.releaseEvents()).isEmpty();
        }
    }

    @Test
    void resolvesFromEveryOpenState() {
        for (var conversation : new Conversation[] {withBot(), waiting(), assignedTo(ADA)}) {
            conversation.resolve(agent(ADA), LATER);

            assertThat(conversation.status()).isEqualTo(ConversationStatus.RESOLVED);
            assertThat(conversation.releaseEvents())
                    .containsExactly(new ConversationResolved(WORKSPACE, conversation.getId(), agent(ADA), LATER));
        }
    }

    @Test
    void rejectsResolvingTwice() {
        var conversation = resolved();

        assertThatThrownBy(() -> conversation.resolve(Author.SYSTEM, LATER))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("conversation.closed"));
        assertThat(conversation.releaseEvents()).isEmpty();
    }

    @Test
    void reopensToItsAssignee() {
        var conversation = assignedTo(ADA);
        conversation.resolve(agent(ADA), NOW);
        conversation.releaseEvents();

        conversation.reopen(agent(ADA), LATER);

        assertThat(conversation.status()).isEqualTo(ConversationStatus.ASSIGNED);
        assertThat(conversation.assignee()).isEqualTo(ADA);
        assertThat(conversation.releaseEvents()).containsExactly(new ConversationReopened(WORKSPACE,
                conversation.getId(), agent(ADA), ConversationStatus.ASSIGNED, LATER));
    }

    @Test
    void reopensToTheHumanQueueWithoutAssignee() {
        var conversation = withBot();
        conversation.resolve(Author.BOT, NOW);

        conversation.reopen(Author.SYSTEM, LATER);

        assertThat(conversation.status()).isEqualTo(ConversationStatus.WAITING);
        assertThat(conversation.assignee()).isNull();
    }

    @Test
    void rejectsReopeningAnOpenConversation() {
        for (var conversation : new Conversation[] {withBot(), waiting(), assignedTo(ADA)}) {
            var before = conversation.status();

            assertThatThrownBy(() -> conversation.reopen(agent(ADA), LATER))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("conversation.not-resolved"));
            assertThat(conversation.status()).isEqualTo(before);
        }
    }

    @Test
    void refusesToLoadAnAssignedConversationWithoutAssigneeOrAnOpenOneWithAnAssignee() {
        assertThatThrownBy(() -> conversation(ConversationStatus.ASSIGNED, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> conversation(ConversationStatus.WAITING, ADA)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> conversation(ConversationStatus.BOT, ADA)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void loadsAResolvedConversationWithOrWithoutItsLastAssignee() {
        assertThat(conversation(ConversationStatus.RESOLVED, ADA).assignee()).isEqualTo(ADA);
        assertThat(conversation(ConversationStatus.RESOLVED, null).assignee()).isNull();
    }

    @Test
    void refusesToLoadANegativeSequence() {
        assertThatThrownBy(() -> new Conversation(ConversationId.random(), WORKSPACE, INBOX, VISITOR,
                ConversationStatus.WAITING, null, -1, NOW, NOW)).isInstanceOf(IllegalArgumentException.class);
    }
}
