package io.parley.agent;

import io.parley.shared.DomainException;
import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

public record CannedReplyId(UUID value) implements Identifier {

    public CannedReplyId {
        Objects.requireNonNull(value, "CannedReplyId needs a value");
    }

    public static CannedReplyId random() {
        return new CannedReplyId(UUID.randomUUID());
    }

    /** Parses the textual form; a malformed id is a {@link DomainException} with code {@code request.invalid-id}. */
    public static CannedReplyId parse(String text) {
        try {
            return new CannedReplyId(UUID.fromString(text.trim()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.invalid("request.invalid-id", "CannedReplyId is not a valid id: " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
