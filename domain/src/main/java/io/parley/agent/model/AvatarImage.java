package io.parley.agent.model;

import io.parley.agent.AgentProfiles;
import io.parley.shared.DomainException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.jmolecules.ddd.types.ValueObject;

/**
 * An agent's picture as uploaded: a PNG, JPEG or WebP of at most {@value #MAX_BYTES} bytes, its format read from its
 * first bytes. Anything else (an SVG, which may carry script; HTML renamed to .png; a GIF) is refused.
 */
public final class AvatarImage implements ValueObject {

    public static final int MAX_BYTES = AgentProfiles.MAX_AVATAR_BYTES;

    private final ImageFormat format;
    private final byte[] bytes;
    private final AvatarDigest digest;

    private AvatarImage(ImageFormat format, byte[] bytes) {
        this.format = format;
        this.bytes = bytes;
        this.digest = new AvatarDigest(sha256(bytes));
    }

    /**
     * @throws DomainException {@code agent.avatar-empty}, {@code agent.avatar-too-large} or
     *         {@code agent.avatar-unsupported-format}
     */
    public static AvatarImage of(byte[] uploaded) {
        if (uploaded == null || uploaded.length == 0) {
            throw DomainException.invalid("agent.avatar-empty", "the picture is empty; choose a PNG, JPEG or WebP file");
        }
        if (uploaded.length > MAX_BYTES) {
            throw tooLarge();
        }
        ImageFormat format = ImageFormat.detect(uploaded).orElseThrow(() -> DomainException.invalid(
                "agent.avatar-unsupported-format", "the picture must be a PNG, JPEG or WebP image; "
                        + "other files (SVG, GIF, HTML, ...) are refused whatever their name"));
        return new AvatarImage(format, uploaded.clone());
    }

    /** A picture read back from storage, where it was checked on the way in. */
    public static AvatarImage stored(ImageFormat format, byte[] bytes) {
        return new AvatarImage(format, bytes.clone());
    }

    public static DomainException tooLarge() {
        return DomainException.invalid("agent.avatar-too-large",
                "the picture is larger than " + MAX_BYTES / 1024 + " KB; choose a smaller one");
    }

    public ImageFormat format() {
        return format;
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    public AvatarDigest digest() {
        return digest;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AvatarImage image && image.format == format && Arrays.equals(image.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return digest.hashCode();
    }

    @Override
    public String toString() {
        return "AvatarImage[" + format + ", " + bytes.length + " bytes, " + digest.value() + "]";
    }
}
