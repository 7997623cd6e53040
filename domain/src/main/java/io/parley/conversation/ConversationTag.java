package io.parley.conversation;

import io.parley.shared.DomainException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jmolecules.ddd.types.ValueObject;

/**
 * A label agents put on conversations to find them again ("refund", "vip", "退货"): letters or digits first, then
 * letters, digits, spaces, hyphens or underscores, at most 32 in all; kept in lower case so "VIP" and "vip" are one.
 */
public record ConversationTag(String value) implements ValueObject {

    public static final int MAX_LENGTH = 32;
    public static final int MAX_PER_CONVERSATION = 20;

    private static final Pattern FORM = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _-]{0,31}");

    public ConversationTag {
        String text = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (!FORM.matcher(text).matches()) {
            throw DomainException.invalid("conversation.invalid-tag", "a tag has 1 to " + MAX_LENGTH
                    + " letters, digits, spaces, hyphens or underscores, and starts with a letter or digit");
        }
        value = text;
    }
}
