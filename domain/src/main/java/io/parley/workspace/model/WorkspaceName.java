package io.parley.workspace.model;

import io.parley.shared.DomainException;
import org.jmolecules.ddd.types.ValueObject;

public record WorkspaceName(String value) implements ValueObject {

    public static final int MAX_LENGTH = 120;

    public WorkspaceName {
        value = value == null ? "" : value.strip();
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw DomainException.invalid("workspace.invalid-name",
                    "a workspace name needs 1 to " + MAX_LENGTH + " characters");
        }
    }
}
