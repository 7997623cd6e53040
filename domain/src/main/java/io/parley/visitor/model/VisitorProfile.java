package io.parley.visitor.model;

import io.parley.shared.DomainException;
import java.util.regex.Pattern;
import org.jmolecules.ddd.types.ValueObject;
import org.jspecify.annotations.Nullable;

/** What a visitor told about themselves; every field optional, each bounded. Text is stored as given, never as markup. */
public record VisitorProfile(@Nullable String name, @Nullable String email) implements ValueObject {

    public static final int MAX_NAME = 100;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{1,63}$");
    public static final VisitorProfile ANONYMOUS = new VisitorProfile(null, null);

    public VisitorProfile {
        name = blankToNull(name);
        email = blankToNull(email);
        if (name != null && name.length() > MAX_NAME) {
            throw DomainException.invalid("visitor.invalid-name", "a visitor name has at most " + MAX_NAME + " characters");
        }
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw DomainException.invalid("visitor.invalid-email", "'" + email + "' is not an email address");
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
