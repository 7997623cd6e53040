package io.parley.conversation.model;

import io.parley.conversation.ConversationStatus;
import io.parley.shared.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.types.ValueObject;

/**
 * Whether a visitor's follow-up reopens their resolved conversation instead of starting a new one: when it comes
 * within the window after the resolve (a resolved conversation's last change is its resolve). A zero window never
 * reopens. Where the reopened conversation goes is {@link Conversation#reopenForFollowUp}'s call.
 */
public record ReopenPolicy(Duration window) implements ValueObject {

    public static final Duration DEFAULT_WINDOW = Duration.ofHours(24);
    public static final Duration MAX_WINDOW = Duration.ofDays(30);

    public ReopenPolicy {
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.compareTo(MAX_WINDOW) > 0) {
            throw DomainException.invalid("conversation.invalid-reopen-window",
                    "the reopen window is between 0 (never reopen) and 30 days");
        }
    }

    public static ReopenPolicy hours(int hours) {
        if (hours < 0 || hours > MAX_WINDOW.toHours()) {
            throw DomainException.invalid("conversation.invalid-reopen-window",
                    "the reopen window is between 0 (never reopen) and " + MAX_WINDOW.toHours() + " hours");
        }
        return new ReopenPolicy(Duration.ofHours(hours));
    }

    /** Whether a visitor writing now reopens this conversation. */
    public boolean reopens(Conversation conversation, Instant now) {
        return conversation.status() == ConversationStatus.RESOLVED && !window.isZero()
                && !now.isAfter(conversation.updatedAt().plus(window));
    }
}
