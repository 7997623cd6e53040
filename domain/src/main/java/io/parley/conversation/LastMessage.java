package io.parley.conversation;

import java.time.Instant;

/**
 * The start of a conversation's newest message that is not an internal note, for a list of conversations: internal
 * notes are never previewed, so that a preview can be shown wherever the conversation is, as the visitor knows it.
 */
public record LastMessage(AuthorKind author, String text, Instant at) {

    public static final int MAX_TEXT = 120;

    /** The body cut after {@link #MAX_TEXT} characters (never inside a surrogate pair), line breaks as spaces. */
    public static LastMessage of(AuthorKind author, String body, Instant at) {
        String flat = body.strip().replaceAll("\\s+", " ");
        if (flat.codePointCount(0, flat.length()) > MAX_TEXT) {
            flat = flat.substring(0, flat.offsetByCodePoints(0, MAX_TEXT)) + "…";
        }
        return new LastMessage(author, flat, at);
    }
}
