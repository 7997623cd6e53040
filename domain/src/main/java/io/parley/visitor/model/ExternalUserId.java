package io.parley.visitor.model;

import io.parley.shared.DomainException;
import java.util.regex.Pattern;
import org.jmolecules.ddd.types.ValueObject;

/** A user's id on a channel, as the channel (or the integrator's own system) names them. */
public record ExternalUserId(String value) implements ValueObject {

    public static final int MAX_LENGTH = 128;
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._:@+-]{1," + MAX_LENGTH + "}");

    public ExternalUserId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw DomainException.invalid("visitor.invalid-external-id",
                    "an external user id needs 1 to " + MAX_LENGTH + " letters, digits or . _ : @ + -");
        }
    }
}
