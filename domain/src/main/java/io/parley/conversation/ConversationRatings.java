package io.parley.conversation;

import io.parley.shared.ConversationId;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.Nullable;

/**
 * Satisfaction ratings (CSAT): the visitor rates their resolved conversation from 1 to 5 with an optional comment,
 * and may change it for 7 days; agents who may see the conversation read it.
 */
@PrimaryPort
public interface ConversationRatings {

    /**
     * Gives or changes the visitor's rating. {@code conversation.not-found} for a conversation that is not theirs,
     * {@code conversation.not-resolved} before it is resolved, {@code conversation.invalid-rating} for a score outside
     * 1 to 5, {@code conversation.invalid-rating-comment} for a comment over 1,000 characters,
     * {@code conversation.rating-closed} for a change more than 7 days after the rating.
     */
    RatingView rate(Actor.Visitor visitor, ConversationId conversation, int score, @Nullable String comment);

    /** The rating, if the conversation has one; {@code conversation.not-found} for one the actor may not see. */
    Optional<RatingView> of(Actor actor, ConversationId conversation);
}
