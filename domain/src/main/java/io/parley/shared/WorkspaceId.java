package io.parley.shared;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

public record WorkspaceId(UUID value) implements Identifier {

    public WorkspaceId {
        Objects.requireNonNull(value, "WorkspaceId needs a value");
    }

    public static WorkspaceId random() {
        return new WorkspaceId(UUID.randomUUID());
    }

    /** Parses the textual form; a malformed id is a {@link DomainException} with code {@code request.invalid-id}. */
    public static WorkspaceId parse(String text) {
        return new WorkspaceId(Ids.parse(text, "WorkspaceId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
