package io.parley.gateway.protocol;

import com.google.protobuf.ByteString;
import com.google.protobuf.UnsafeByteOperations;
import java.nio.ByteBuffer;
import java.util.UUID;

/**
 * UUIDs in the form of the {@code *_bin} fields of parley.v1: 16 bytes, big-endian, the most significant 64 bits
 * first. For the server and for clients written in Java.
 */
public final class BinaryIds {

    public static final int LENGTH = 16;

    private BinaryIds() {}

    public static ByteString of(UUID id) {
        byte[] bytes = new byte[LENGTH];
        ByteBuffer.wrap(bytes).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
        // the array is never touched again, so the ByteString may own it without a copy
        return UnsafeByteOperations.unsafeWrap(bytes);
    }

    /**
     * @param field the field's name, for the error
     * @throws InvalidIdException when the bytes are not exactly 16
     */
    public static UUID uuid(ByteString bytes, String field) {
        if (bytes.size() != LENGTH) {
            throw new InvalidIdException(field + " must be " + LENGTH + " bytes (a UUID), not " + bytes.size());
        }
        ByteBuffer buffer = bytes.asReadOnlyByteBuffer();
        return new UUID(buffer.getLong(), buffer.getLong());
    }

    /**
     * Whether the text is a UUID exactly as {@link UUID#toString()} writes it: 36 characters, lowercase hexadecimal
     * digits and four hyphens. Only such a text comes back unchanged from its binary form.
     */
    public static boolean isCanonical(String text) {
        if (text.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(i);
            boolean valid = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-'
                    : c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
            if (!valid) {
                return false;
            }
        }
        return true;
    }

    /**
     * The id that a string field and its binary twin name together, as text: the string when the twin is empty,
     * otherwise the twin's UUID in canonical form.
     *
     * @param field the string field's name; the twin's is the same with {@code _bin}
     * @throws InvalidIdException when the twin is not exactly 16 bytes, or when both are given and the string is not
     *         the canonical form of the twin's UUID
     */
    public static String text(String text, ByteString binary, String field) {
        if (binary.isEmpty()) {
            return text;
        }
        String fromBinary = uuid(binary, field + "_bin").toString();
        if (!text.isEmpty() && !text.equals(fromBinary)) {
            throw new InvalidIdException(field + " and " + field + "_bin name different ids; give one of them, or"
                    + " the UUID's canonical lowercase form in " + field);
        }
        return fromBinary;
    }

    /** An id field that cannot be read; the message names the field. */
    public static final class InvalidIdException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        InvalidIdException(String message) {
            super(message);
        }
    }
}
