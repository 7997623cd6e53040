package io.parley.webhook;

import io.parley.shared.DomainException;
import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

public record WebhookDeliveryId(UUID value) implements Identifier {

    public WebhookDeliveryId {
        Objects.requireNonNull(value, "WebhookDeliveryId needs a value");
    }

    public static WebhookDeliveryId random() {
        return new WebhookDeliveryId(UUID.randomUUID());
    }

    /** Parses the textual form; a malformed id is a {@link DomainException} with code {@code request.invalid-id}. */
    public static WebhookDeliveryId parse(String text) {
        try {
            return new WebhookDeliveryId(UUID.fromString(text.trim()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.invalid("request.invalid-id", "Webhook delivery id is not a valid id: " + text);
        }
    }

    /** The {@code webhook-id} header of this delivery: the same for every attempt and replay. */
    public String messageId() {
        return "msg_" + value.toString().replace("-", "");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
