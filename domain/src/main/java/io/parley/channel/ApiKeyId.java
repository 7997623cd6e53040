package io.parley.channel;

import io.parley.shared.DomainException;
import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

public record ApiKeyId(UUID value) implements Identifier {

    public ApiKeyId {
        Objects.requireNonNull(value, "ApiKeyId needs a value");
    }

    public static ApiKeyId random() {
        return new ApiKeyId(UUID.randomUUID());
    }

    /** Parses the textual form; a malformed id is a {@link DomainException} with code {@code request.invalid-id}. */
    public static ApiKeyId parse(String text) {
        try {
            return new ApiKeyId(UUID.fromString(text.trim()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.invalid("request.invalid-id", "API key id is not a valid id: " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
