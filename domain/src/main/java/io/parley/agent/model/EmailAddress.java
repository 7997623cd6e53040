package io.parley.agent.model;

import io.parley.shared.DomainException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jmolecules.ddd.types.ValueObject;

/** An agent's sign-in address, kept in lower case so that sign-in ignores case. */
public record EmailAddress(String value) implements ValueObject {

    private static final Pattern FORM = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{1,63}$");

    public EmailAddress {
        value = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (!FORM.matcher(value).matches()) {
            throw DomainException.invalid("agent.invalid-email", "'" + value + "' is not an email address");
        }
    }
}
