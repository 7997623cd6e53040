package io.parley.knowledge;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

public record DocumentChunkId(UUID value) implements Identifier {

    public DocumentChunkId {
        Objects.requireNonNull(value, "DocumentChunkId needs a value");
    }

    public static DocumentChunkId random() {
        return new DocumentChunkId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
