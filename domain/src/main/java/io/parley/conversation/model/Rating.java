package io.parley.conversation.model;

import io.parley.conversation.ConversationRated;
import io.parley.conversation.ConversationStatus;
import io.parley.conversation.RatingView;
import io.parley.shared.ConversationId;
import io.parley.shared.DomainException;
import io.parley.shared.InboxId;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * A visitor's satisfaction rating (CSAT) of a resolved conversation: a score from 1 to 5 and an optional comment. The
 * visitor may change it for {@link #CHANGE_WINDOW} after giving it; each change is a new {@link ConversationRated}.
 */
public final class Rating implements AggregateRoot<Rating, ConversationId> {

    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;
    public static final int MAX_COMMENT = 1000;
    public static final Duration CHANGE_WINDOW = Duration.ofDays(7);

    private final ConversationId conversationId;
    private final WorkspaceId workspaceId;
    private final InboxId inboxId;
    private final VisitorId visitorId;
    private int score;
    private @Nullable String comment;
    private final Instant ratedAt;
    private Instant updatedAt;
    private final List<DomainEvent> events = new ArrayList<>();

    public Rating(ConversationId conversationId, WorkspaceId workspaceId, InboxId inboxId, VisitorId visitorId,
                  int score, @Nullable String comment, Instant ratedAt, Instant updatedAt) {
        this.conversationId = Objects.requireNonNull(conversationId);
        this.workspaceId = Objects.requireNonNull(workspaceId);
        this.inboxId = Objects.requireNonNull(inboxId);
        this.visitorId = Objects.requireNonNull(visitorId);
        this.score = score;
        this.comment = comment;
        this.ratedAt = Objects.requireNonNull(ratedAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
    }

    /** The conversation's visitor rates it; only a resolved conversation is rated. */
    public static Rating give(Conversation conversation, int score, @Nullable String comment, Instant now) {
        if (conversation.status() != ConversationStatus.RESOLVED) {
            throw DomainException.conflict("conversation.not-resolved",
                    "a conversation is rated once it is resolved");
        }
        var rating = new Rating(conversation.getId(), conversation.workspaceId(), conversation.inboxId(),
                conversation.visitorId(), checkedScore(score), checkedComment(comment), now, now);
        rating.events.add(rating.rated());
        return rating;
    }

    /** A new score or comment, within the change window. */
    public void change(int newScore, @Nullable String newComment, Instant now) {
        if (now.isAfter(ratedAt.plus(CHANGE_WINDOW))) {
            throw DomainException.conflict("conversation.rating-closed",
                    "a rating can be changed for 7 days after it was given");
        }
        score = checkedScore(newScore);
        comment = checkedComment(newComment);
        updatedAt = now;
        events.add(rated());
    }

    private ConversationRated rated() {
        return new ConversationRated(workspaceId, conversationId, inboxId, visitorId, score, comment, updatedAt);
    }

    private static int checkedScore(int score) {
        if (score < MIN_SCORE || score > MAX_SCORE) {
            throw DomainException.invalid("conversation.invalid-rating", "a rating is a whole number from 1 to 5");
        }
        return score;
    }

    private static @Nullable String checkedComment(@Nullable String comment) {
        if (comment == null || comment.isBlank()) {
            return null;
        }
        String text = comment.strip();
        if (text.length() > MAX_COMMENT || text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t')) {
            throw DomainException.invalid("conversation.invalid-rating-comment",
                    "a rating's comment is at most 1,000 characters of text");
        }
        return text;
    }

    public List<DomainEvent> releaseEvents() {
        var released = List.copyOf(events);
        events.clear();
        return released;
    }

    public RatingView view() {
        return new RatingView(conversationId, score, comment, ratedAt, updatedAt);
    }

    /** A rating is the conversation's: it has the conversation's id. */
    @Override
    public ConversationId getId() {
        return conversationId;
    }

    public ConversationId conversationId() {
        return conversationId;
    }

    public WorkspaceId workspaceId() {
        return workspaceId;
    }

    public InboxId inboxId() {
        return inboxId;
    }

    public VisitorId visitorId() {
        return visitorId;
    }

    public int score() {
        return score;
    }

    public @Nullable String comment() {
        return comment;
    }

    public Instant ratedAt() {
        return ratedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
