package io.parley.conversation.model;

import static io.parley.conversation.model.ConversationFixtures.ADA;
import static io.parley.conversation.model.ConversationFixtures.NOW;
import static io.parley.conversation.model.ConversationFixtures.WORKSPACE;
import static io.parley.conversation.model.ConversationFixtures.agent;
import static io.parley.conversation.model.ConversationFixtures.assignedTo;
import static io.parley.conversation.model.ConversationFixtures.conversation;
import static io.parley.conversation.model.ConversationFixtures.visitor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.conversation.ConversationReopened;
import io.parley.conversation.ConversationStatus;
import io.parley.shared.DomainException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReopenPolicyUnitTests {

    private final ReopenPolicy day = new ReopenPolicy(Duration.ofHours(24));

    @Test
    void aFollowUpWithinTheWindowReopensAndOneAfterItDoesNot() {
        Conversation resolved = conversation(ConversationStatus.RESOLVED, ADA); // resolved at NOW

        assertThat(day.reopens(resolved, NOW.plus(Duration.ofHours(24)))).isTrue();
        assertThat(day.reopens(resolved, NOW.plus(Duration.ofHours(24)).plusMillis(1))).isFalse();
        assertThat(new ReopenPolicy(Duration.ZERO).reopens(resolved, NOW)).as("a zero window never reopens").isFalse();
    }

    @Test
    void onlyAResolvedConversationIsReopened() {
        assertThat(day.reopens(assignedTo(ADA), NOW)).isFalse();
    }

    @Test
    void theWindowIsBetweenZeroAndThirtyDays() {
        assertThat(ReopenPolicy.hours(720).window()).isEqualTo(Duration.ofDays(30));
        assertThat(ReopenPolicy.DEFAULT_WINDOW).isEqualTo(Duration.ofHours(24));
        assertThatThrownBy(() -> ReopenPolicy.hours(721)).isInstanceOf(DomainException.class)
                .hasMessageContaining("reopen window");
        assertThatThrownBy(() -> new ReopenPolicy(Duration.ofMinutes(-1)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("conversation.invalid-reopen-window"));
    }

    @Test
    void aReopenedConversationGoesBackToItsAgentWhenTheyAreAvailable() {
        Conversation resolved = conversation(ConversationStatus.RESOLVED, ADA);

        resolved.reopenForFollowUp(visitor(), true, NOW.plusSeconds(5));

        assertThat(resolved.status()).isEqualTo(ConversationStatus.ASSIGNED);
        assertThat(resolved.assignee()).isEqualTo(ADA);
        assertThat(resolved.releaseEvents()).containsExactly(new ConversationReopened(WORKSPACE, resolved.getId(),
                visitor(), ConversationStatus.ASSIGNED, NOW.plusSeconds(5)));
    }

    @Test
    void withItsAgentAwayItWaitsForAnyoneAndNeverGoesBackToTheBot() {
        Conversation hadAda = conversation(ConversationStatus.RESOLVED, ADA);
        Conversation hadNobody = conversation(ConversationStatus.RESOLVED, null);

        hadAda.reopenForFollowUp(visitor(), false, NOW);
        hadNobody.reopenForFollowUp(visitor(), true, NOW);

        assertThat(hadAda.status()).isEqualTo(ConversationStatus.WAITING);
        assertThat(hadAda.assignee()).isNull();
        assertThat(hadNobody.status()).isEqualTo(ConversationStatus.WAITING);
    }

    @Test
    void onlyAResolvedConversationTakesAFollowUpAndOnlyFromTheVisitor() {
        assertThatThrownBy(() -> assignedTo(ADA).reopenForFollowUp(visitor(), true, NOW))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> conversation(ConversationStatus.RESOLVED, ADA)
                .reopenForFollowUp(agent(ADA), true, NOW)).isInstanceOf(IllegalArgumentException.class);
    }
}
