package io.parley.agent.model;

import java.util.regex.Pattern;
import org.jmolecules.ddd.types.ValueObject;

/**
 * The SHA-256 of an avatar's bytes, in lower-case hex: the name under which the picture is stored and served. A new
 * picture has a new name, so its URL can be cached for ever.
 */
public record AvatarDigest(String value) implements ValueObject {

    private static final Pattern FORM = Pattern.compile("[0-9a-f]{64}");

    public AvatarDigest {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("an avatar digest is 64 lower-case hex digits");
        }
    }

    /** Whether the text could name an avatar; lets a lookup answer "not found" without an exception. */
    public static boolean isWellFormed(String text) {
        return text != null && FORM.matcher(text).matches();
    }
}
