package io.parley.shared;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

public record VisitorId(UUID value) implements Identifier {

    public VisitorId {
        Objects.requireNonNull(value, "VisitorId needs a value");
    }

    public static VisitorId random() {
        return new VisitorId(UUID.randomUUID());
    }

    /** Parses the textual form; a malformed id is a {@link DomainException} with code {@code request.invalid-id}. */
    public static VisitorId parse(String text) {
        return new VisitorId(Ids.parse(text, "VisitorId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
