package io.parley.shared;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * A signing secret in Standard Webhooks form: {@code whsec_} and the base64 of {@value #BYTES} random bytes. The
 * HMAC key is those bytes, not the text.
 */
public record WebhookSecret(String value) {

    public static final String PREFIX = "whsec_";
    /** Standard Webhooks asks for at least 24 bytes; 32 match SHA-256's block of output. */
    public static final int BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    public WebhookSecret {
        Objects.requireNonNull(value);
        if (!value.startsWith(PREFIX) || Base64.getDecoder().decode(value.substring(PREFIX.length())).length < 24) {
            throw new IllegalArgumentException("not a webhook secret");
        }
    }

    public static WebhookSecret generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return new WebhookSecret(PREFIX + Base64.getEncoder().encodeToString(bytes));
    }

    /** The HMAC key. */
    public byte[] key() {
        return Base64.getDecoder().decode(value.substring(PREFIX.length()));
    }

    @Override
    public String toString() {
        return PREFIX + "…";
    }
}
