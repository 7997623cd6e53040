package io.parley.conversation;

import io.parley.shared.ConversationId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A conversation's satisfaction rating: {@code score} 1 to 5, an optional comment. */
public record RatingView(ConversationId conversationId, int score, @Nullable String comment, Instant ratedAt,
                         Instant updatedAt) {}
