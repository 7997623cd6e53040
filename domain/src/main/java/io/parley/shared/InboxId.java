package io.parley.shared;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

public record InboxId(UUID value) implements Identifier {

    public InboxId {
        Objects.requireNonNull(value, "InboxId needs a value");
    }

    public static InboxId random() {
        return new InboxId(UUID.randomUUID());
    }

    /** Parses the textual form; a malformed id is a {@link DomainException} with code {@code request.invalid-id}. */
    public static InboxId parse(String text) {
        return new InboxId(Ids.parse(text, "InboxId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
