package io.parley.visitor.adapter.security;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The signing-key part of {@code parley.security}. The visitor token's lifetime under the same prefix is bound by the
 * application, which puts the expiry into the claims it asks to sign.
 *
 * @param visitorTokenSecret the HMAC key visitor tokens are signed with, at least {@value #MIN_SECRET_BYTES} bytes;
 *        every node of a cluster needs the same one. When absent, a key is generated once and kept in the data
 *        directory, which suits a single node.
 */
@ConfigurationProperties("parley.security")
public record VisitorTokenProperties(@Nullable String visitorTokenSecret) {

    public static final int MIN_SECRET_BYTES = 32;

    public VisitorTokenProperties {
        if (visitorTokenSecret != null && visitorTokenSecret.isBlank()) {
            visitorTokenSecret = null; // an empty environment variable means "not configured"
        }
        if (visitorTokenSecret != null && !longEnough(visitorTokenSecret)) {
            throw new IllegalArgumentException("parley.security.visitor-token-secret must have at least "
                    + MIN_SECRET_BYTES + " bytes; generate one with: openssl rand -base64 48");
        }
    }

    static boolean longEnough(String secret) {
        return secret.getBytes(StandardCharsets.UTF_8).length >= MIN_SECRET_BYTES;
    }
}
