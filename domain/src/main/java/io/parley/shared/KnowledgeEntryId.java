package io.parley.shared;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

public record KnowledgeEntryId(UUID value) implements Identifier {

    public KnowledgeEntryId {
        Objects.requireNonNull(value, "KnowledgeEntryId needs a value");
    }

    public static KnowledgeEntryId random() {
        return new KnowledgeEntryId(UUID.randomUUID());
    }

    /** Parses the textual form; a malformed id is a {@link DomainException} with code {@code request.invalid-id}. */
    public static KnowledgeEntryId parse(String text) {
        return new KnowledgeEntryId(Ids.parse(text, "KnowledgeEntryId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
