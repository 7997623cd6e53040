package io.parley.agent.model;

import io.parley.shared.DomainException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jmolecules.ddd.types.ValueObject;

/**
 * What an agent types after "/" to find a canned reply ("refund", "退款", "ship-eu"): a letter or digit, then
 * letters, digits, hyphens, underscores or dots, at most 32 in all; no spaces, so the composer can tell where it
 * ends. Kept in lower case so that "Refund" and "refund" are one shortcut.
 */
public record Shortcut(String value) implements ValueObject {

    public static final int MAX_LENGTH = 32;

    private static final Pattern FORM = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,31}");

    public Shortcut {
        String text = value == null ? "" : value.strip();
        if (text.startsWith("/")) {
            text = text.substring(1);
        }
        text = text.toLowerCase(Locale.ROOT);
        if (!FORM.matcher(text).matches()) {
            throw DomainException.invalid("canned.invalid-shortcut", "a shortcut has 1 to " + MAX_LENGTH
                    + " letters, digits, hyphens, underscores or dots, starts with a letter or digit, and has no spaces");
        }
        value = text;
    }
}
