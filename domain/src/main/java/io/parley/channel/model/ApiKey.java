package io.parley.channel.model;

import io.parley.channel.ApiKeyId;
import io.parley.shared.DomainException;
import io.parley.shared.InboxId;
import io.parley.shared.WorkspaceId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jspecify.annotations.Nullable;

/**
 * A key that lets a company's own app or backend use one API-channel inbox. The secret is {@code pk_} followed by
 * 32 random bytes in unpadded base64url; only its SHA-256 hash is kept (the secret has too much entropy to be
 * guessed from it), and its first characters as a prefix to tell keys apart.
 */
public class ApiKey implements AggregateRoot<ApiKey, ApiKeyId> {

    public static final int MAX_NAME = 80;
    public static final String SCHEME = "pk_";
    private static final int SECRET_BYTES = 32;
    private static final int PREFIX_LENGTH = SCHEME.length() + 8;
    private static final Pattern FORM = Pattern.compile("pk_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A key with the secret that was made for it: the secret exists in memory only, until it is answered. */
    public record Issued(ApiKey key, String secret) {}

    private final ApiKeyId id;
    private final WorkspaceId workspaceId;
    private final InboxId inboxId;
    private final String name;
    private String prefix;
    private String secretHash;
    private final Instant createdAt;
    private @Nullable Instant rotatedAt;
    private @Nullable Instant lastUsedAt;
    private @Nullable Instant revokedAt;

    public ApiKey(ApiKeyId id, WorkspaceId workspaceId, InboxId inboxId, String name, String prefix,
                  String secretHash, Instant createdAt, @Nullable Instant rotatedAt, @Nullable Instant lastUsedAt,
                  @Nullable Instant revokedAt) {
        this.id = Objects.requireNonNull(id);
        this.workspaceId = Objects.requireNonNull(workspaceId);
        this.inboxId = Objects.requireNonNull(inboxId);
        this.name = checkedName(name);
        this.prefix = Objects.requireNonNull(prefix);
        this.secretHash = Objects.requireNonNull(secretHash);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.rotatedAt = rotatedAt;
        this.lastUsedAt = lastUsedAt;
        this.revokedAt = revokedAt;
    }

    /** A new key for the inbox (the caller has checked that it is an API inbox of the workspace). */
    public static Issued issue(WorkspaceId workspace, InboxId inbox, String name, Instant now) {
        String secret = newSecret();
        var key = new ApiKey(ApiKeyId.random(), workspace, inbox, name, prefixOf(secret), hash(secret), now, null,
                null, null);
        return new Issued(key, secret);
    }

    /** A new secret; the previous one no longer matches. A revoked key stays revoked: {@code channel.api-key-revoked}. */
    public String rotate(Instant now) {
        if (revokedAt != null) {
            throw DomainException.conflict("channel.api-key-revoked", "this API key is revoked; create a new one");
        }
        String secret = newSecret();
        this.prefix = prefixOf(secret);
        this.secretHash = hash(secret);
        this.rotatedAt = now;
        return secret;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            this.revokedAt = now;
        }
    }

    /** Whether a secret has the form of an API key (before it is hashed and looked up). */
    public static boolean wellFormed(@Nullable String secret) {
        return secret != null && FORM.matcher(secret).matches();
    }

    /** The SHA-256 of the secret, in lower-case hex: what is stored and looked up. */
    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return SCHEME + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String prefixOf(String secret) {
        return secret.substring(0, PREFIX_LENGTH);
    }

    private static String checkedName(@Nullable String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty() || text.length() > MAX_NAME) {
            throw DomainException.invalid("channel.invalid-api-key-name",
                    "an API key's name needs 1 to " + MAX_NAME + " characters");
        }
        return text;
    }

    @Override
    public ApiKeyId getId() {
        return id;
    }

    public WorkspaceId workspaceId() {
        return workspaceId;
    }

    public InboxId inboxId() {
        return inboxId;
    }

    public String name() {
        return name;
    }

    public String prefix() {
        return prefix;
    }

    public String secretHash() {
        return secretHash;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant rotatedAt() {
        return rotatedAt;
    }

    public @Nullable Instant lastUsedAt() {
        return lastUsedAt;
    }

    public @Nullable Instant revokedAt() {
        return revokedAt;
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
