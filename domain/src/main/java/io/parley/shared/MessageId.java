package io.parley.shared;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

public record MessageId(UUID value) implements Identifier {

    public MessageId {
        Objects.requireNonNull(value, "MessageId needs a value");
    }

    /** A new id, time-ordered (see {@code Ids.timeOrdered}): messages are the table that grows fastest. */
    public static MessageId random() {
        return new MessageId(Ids.timeOrdered(System.currentTimeMillis()));
    }

    /** Parses the textual form; a malformed id is a {@link DomainException} with code {@code request.invalid-id}. */
    public static MessageId parse(String text) {
        return new MessageId(Ids.parse(text, "MessageId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
