package io.parley.shared;

import java.util.UUID;

final class Ids {

    private Ids() {}

    static UUID parse(String text, String kind) {
        try {
            return UUID.fromString(text.trim());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.invalid("request.invalid-id", kind + " is not a valid id: " + text);
        }
    }
}
