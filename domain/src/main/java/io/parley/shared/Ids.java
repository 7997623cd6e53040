package io.parley.shared;

import java.security.SecureRandom;
import java.util.UUID;

final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {}

    /**
     * A version 7 UUID (RFC 9562): 48 bits of Unix milliseconds first, then 74 random bits. Ids made one after another
     * sort by time, so a table's primary-key index grows at its end instead of at random pages; the random bits keep
     * ids as unguessable as version 4's for anyone who does not already know when the row was made.
     */
    static UUID timeOrdered(long epochMillis) {
        long high = (epochMillis << 16) | 0x7000L | (RANDOM.nextLong() & 0x0FFFL);
        long low = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }

    static UUID parse(String text, String kind) {
        try {
            return UUID.fromString(text.trim());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.invalid("request.invalid-id", kind + " is not a valid id: " + text);
        }
    }
}
