package io.parley.conversation;

import io.parley.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * A slice of a conversation's messages: after a sequence (resume, page forward) or, when {@code beforeSequence} is
 * set, the ones just before it (scroll back). At most {@value #MAX_LIMIT} at a time.
 */
public record HistoryQuery(long afterSequence, @Nullable Long beforeSequence, int limit) {

    public static final int MAX_LIMIT = 500;

    public HistoryQuery {
        if (afterSequence < 0 || (beforeSequence != null && beforeSequence < 1)) {
            throw DomainException.invalid("history.invalid-range", "sequences start at 1; 'after' may be 0");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw DomainException.invalid("history.invalid-limit", "limit must be between 1 and " + MAX_LIMIT);
        }
    }

    public static HistoryQuery after(long sequence) {
        return new HistoryQuery(sequence, null, MAX_LIMIT);
    }
}
