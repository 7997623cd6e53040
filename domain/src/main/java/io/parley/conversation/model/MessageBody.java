package io.parley.conversation.model;

import io.parley.shared.DomainException;
import org.jmolecules.ddd.types.ValueObject;

/**
 * The text of a message: 1 to {@value #MAX_LENGTH} characters (code points), not blank, no control characters but
 * line breaks and tabs. Stored exactly as written; clients render it as text, never as markup.
 */
public record MessageBody(String value) implements ValueObject {

    public static final int MAX_LENGTH = 4000;

    public MessageBody {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("message.empty", "a message needs some text");
        }
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw DomainException.invalid("message.too-long", "a message has at most " + MAX_LENGTH + " characters");
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')) {
            throw DomainException.invalid("message.control-characters", "a message cannot contain control characters");
        }
        if (value.codePoints().anyMatch(c -> c >= 0xD800 && c <= 0xDFFF)) {
            throw DomainException.invalid("message.invalid-text", "a message must be valid Unicode text");
        }
        if (value.codePoints().allMatch(MessageBody::invisible)) {
            throw DomainException.invalid("message.empty", "a message needs some text");
        }
    }

    private static boolean invisible(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x200B || c == 0x200C || c == 0x200D
                || c == 0x2060 || c == 0xFEFF;
    }
}
