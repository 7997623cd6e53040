package io.parley.shared;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

public record AgentId(UUID value) implements Identifier {

    public AgentId {
        Objects.requireNonNull(value, "AgentId needs a value");
    }

    public static AgentId random() {
        return new AgentId(UUID.randomUUID());
    }

    /** Parses the textual form; a malformed id is a {@link DomainException} with code {@code request.invalid-id}. */
    public static AgentId parse(String text) {
        return new AgentId(Ids.parse(text, "AgentId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
