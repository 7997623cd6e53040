package io.parley.shared;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

public record ConversationId(UUID value) implements Identifier {

    public ConversationId {
        Objects.requireNonNull(value, "ConversationId needs a value");
    }

    public static ConversationId random() {
        return new ConversationId(UUID.randomUUID());
    }

    /** Parses the textual form; a malformed id is a {@link DomainException} with code {@code request.invalid-id}. */
    public static ConversationId parse(String text) {
        return new ConversationId(Ids.parse(text, "ConversationId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
