package io.parley.conversation.application;

import io.parley.conversation.Actor;
import io.parley.conversation.ConversationRatings;
import io.parley.conversation.RatingView;
import io.parley.conversation.model.Conversation;
import io.parley.conversation.model.Rating;
import io.parley.conversation.port.Ratings;
import io.parley.shared.ConversationId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class RatingService implements ConversationRatings {

    private final Ratings ratings;
    private final ConversationLoader loader;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RatingService(Ratings ratings, ConversationLoader loader, ApplicationEventPublisher events,
                  TransactionTemplate transactions, Clock clock) {
        this.ratings = ratings;
        this.loader = loader;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public RatingView rate(Actor.Visitor visitor, ConversationId id, int score, @Nullable String comment) {
        return transactions.execute(status -> {
            // the conversation's row lock orders two ratings sent at once
            Conversation conversation = loader.lockedVisible(visitor, id);
            Instant now = clock.instant();
            Rating rating = ratings.find(conversation.workspaceId(), id).map(existing -> {
                existing.change(score, comment, now);
                return existing;
            }).orElseGet(() -> Rating.give(conversation, score, comment, now));
            ratings.save(rating);
            rating.releaseEvents().forEach(events::publishEvent);
            return rating.view();
        });
    }

    @Override
    public Optional<RatingView> of(Actor actor, ConversationId id) {
        return transactions.execute(status -> {
            Conversation conversation = loader.visible(actor, id);
            return ratings.find(conversation.workspaceId(), id).map(Rating::view);
        });
    }
}
