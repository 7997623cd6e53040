package io.parley.conversation.model;

import static io.parley.conversation.model.ConversationFixtures.LATER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.conversation.Author;
import io.parley.conversation.ConversationRated;
import io.parley.conversation.ConversationStatus;
import io.parley.shared.DomainException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RatingUnitTests {

    private static Conversation resolved() {
        var conversation = ConversationFixtures.conversation(ConversationStatus.WAITING, null);
        conversation.resolve(Author.SYSTEM, LATER);
        conversation.releaseEvents();
        return conversation;
    }

    @Test
    void aResolvedConversationIsRatedAndEachRatingIsAnEvent() {
        var rating = Rating.give(resolved(), 4, "  fine  ", LATER);

        assertThat(rating.score()).isEqualTo(4);
        assertThat(rating.comment()).isEqualTo("fine");
        assertThat(rating.releaseEvents()).singleElement().isInstanceOf(ConversationRated.class)
                .extracting("score").isEqualTo(4);
        rating.change(2, "", LATER.plusSeconds(60));
        assertThat(rating.comment()).isNull();
        assertThat(rating.releaseEvents()).singleElement().extracting("score").isEqualTo(2);
    }

    @Test
    void onlyResolvedConversationsScoresFromOneToFiveAndChangesWithinAWeek() {
        var open = ConversationFixtures.conversation(ConversationStatus.WAITING, null);
        assertThatThrownBy(() -> Rating.give(open, 3, null, LATER)).extracting("code")
                .isEqualTo("conversation.not-resolved");
        assertThatThrownBy(() -> Rating.give(resolved(), 0, null, LATER)).isInstanceOf(DomainException.class)
                .extracting("code").isEqualTo("conversation.invalid-rating");
        assertThatThrownBy(() -> Rating.give(resolved(), 6, null, LATER)).extracting("code")
                .isEqualTo("conversation.invalid-rating");
        assertThatThrownBy(() -> Rating.give(resolved(), 3, "x".repeat(1001), LATER)).extracting("code")
                .isEqualTo("conversation.invalid-rating-comment");
        var rating = Rating.give(resolved(), 3, null, LATER);
        rating.change(4, null, LATER.plus(Duration.ofDays(7)));
        assertThatThrownBy(() -> rating.change(5, null, LATER.plus(Duration.ofDays(7)).plusSeconds(1)))
                .extracting("code").isEqualTo("conversation.rating-closed");
        assertThat(rating.score()).isEqualTo(4);
    }
}
