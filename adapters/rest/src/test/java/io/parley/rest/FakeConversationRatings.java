package io.parley.rest;

import io.parley.conversation.Actor;
import io.parley.conversation.ConversationRatings;
import io.parley.conversation.RatingView;
import io.parley.shared.ConversationId;
import io.parley.shared.DomainException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** No conversation is rated here: ratings are tested on the whole application. */
@Component
class FakeConversationRatings implements ConversationRatings {

    @Override
    public RatingView rate(Actor.Visitor visitor, ConversationId conversation, int score, @Nullable String comment) {
        throw DomainException.notFound("conversation.not-found", "no conversations in this test application");
    }

    @Override
    public Optional<RatingView> of(Actor actor, ConversationId conversation) {
        return Optional.empty();
    }
}
