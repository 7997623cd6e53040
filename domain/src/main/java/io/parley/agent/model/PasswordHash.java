package io.parley.agent.model;

import org.jmolecules.ddd.types.ValueObject;

/** A password as the hashing adapter stored it; never the password itself. */
public record PasswordHash(String value) implements ValueObject {

    public PasswordHash {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a password hash cannot be empty");
        }
    }

    @Override
    public String toString() {
        return "PasswordHash[***]";
    }
}
