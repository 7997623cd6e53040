package io.parley.webhook;

import io.parley.shared.DomainException;
import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

public record WebhookEndpointId(UUID value) implements Identifier {

    public WebhookEndpointId {
        Objects.requireNonNull(value, "WebhookEndpointId needs a value");
    }

    public static WebhookEndpointId random() {
        return new WebhookEndpointId(UUID.randomUUID());
    }

    /** Parses the textual form; a malformed id is a {@link DomainException} with code {@code request.invalid-id}. */
    public static WebhookEndpointId parse(String text) {
        try {
            return new WebhookEndpointId(UUID.fromString(text.trim()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.invalid("request.invalid-id", "Webhook endpoint id is not a valid id: " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
