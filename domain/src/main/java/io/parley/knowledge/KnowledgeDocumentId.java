package io.parley.knowledge;

import io.parley.shared.DomainException;
import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

public record KnowledgeDocumentId(UUID value) implements Identifier {

    public KnowledgeDocumentId {
        Objects.requireNonNull(value, "KnowledgeDocumentId needs a value");
    }

    public static KnowledgeDocumentId random() {
        return new KnowledgeDocumentId(UUID.randomUUID());
    }

    /** Parses the textual form; a malformed id is {@code request.invalid-id}. */
    public static KnowledgeDocumentId parse(String text) {
        try {
            return new KnowledgeDocumentId(UUID.fromString(text.trim()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.invalid("request.invalid-id", "KnowledgeDocumentId is not a valid id: " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
