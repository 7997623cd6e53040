package io.parley.visitor.adapter.security;

import io.parley.shared.InboxId;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import io.parley.visitor.VisitorClaims;
import io.parley.visitor.port.VisitorTokens;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Visitor tokens as {@code v1.<payload>.<mac>}, both parts unpadded base64url. The payload is binary (three UUIDs and
 * the expiry in epoch milliseconds, so finer precision is dropped), which keeps a token under 130 characters. The
 * MAC is HMAC-SHA256 over everything before the last dot, so the version cannot be swapped either. Nothing is
 * stored: any node with the same key checks a token on its own.
 */
@SecondaryAdapter
@Component
@EnableConfigurationProperties(VisitorTokenProperties.class)
class HmacVisitorTokens implements VisitorTokens {

    static final String VERSION = "v1";

    private static final String ALGORITHM = "HmacSHA256";
    private static final int PAYLOAD_BYTES = 3 * 16 + Long.BYTES;
    // a real token is about 122 characters; anything much longer is not worth decoding
    private static final int MAX_TOKEN_LENGTH = 256;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    @Autowired
    HmacVisitorTokens(VisitorTokenProperties properties, Environment environment) {
        this(VisitorTokenKey.resolve(properties,
                Path.of(environment.getProperty("parley.database.data-dir", "./data"))));
    }

    HmacVisitorTokens(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    @Override
    public String sign(VisitorClaims claims) {
        ByteBuffer payload = ByteBuffer.allocate(PAYLOAD_BYTES);
        put(payload, claims.workspaceId().value());
        put(payload, claims.inboxId().value());
        put(payload, claims.visitorId().value());
        payload.putLong(claims.expiresAt().toEpochMilli());
        String signed = VERSION + "." + ENCODER.encodeToString(payload.array());
        return signed + "." + ENCODER.encodeToString(mac(signed));
    }

    @Override
    public Optional<VisitorClaims> verify(String token, Instant now) {
        if (token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        int lastDot = token.lastIndexOf('.');
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            return Optional.empty();
        }
        byte[] payload = decode(parts[1]);
        byte[] mac = decode(parts[2]);
        if (payload == null || mac == null || payload.length != PAYLOAD_BYTES
                || !MessageDigest.isEqual(mac(token.substring(0, lastDot)), mac)) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(payload);
        VisitorClaims claims = new VisitorClaims(new WorkspaceId(uuid(buffer)), new InboxId(uuid(buffer)),
                new VisitorId(uuid(buffer)), Instant.ofEpochMilli(buffer.getLong()));
        return now.isBefore(claims.expiresAt()) ? Optional.of(claims) : Optional.empty();
    }

    private byte[] mac(String signed) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM); // not thread-safe, and cheap to create
            mac.init(key);
            return mac.doFinal(signed.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime provides " + ALGORITHM, e);
        }
    }

    /** Decodes only the canonical form: padding or stray low bits would let one token have several spellings. */
    private static byte @Nullable [] decode(String text) {
        try {
            byte[] bytes = DECODER.decode(text);
            return ENCODER.encodeToString(bytes).equals(text) ? bytes : null;
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static void put(ByteBuffer buffer, UUID uuid) {
        buffer.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
    }

    private static UUID uuid(ByteBuffer buffer) {
        return new UUID(buffer.getLong(), buffer.getLong());
    }
}
