package io.parley.conversation.adapter.dingtalk;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * DingTalk's signature of a robot callback: the headers {@code timestamp} (milliseconds since the epoch) and
 * {@code sign} = Base64(HMAC-SHA256(appSecret, timestamp + "\n" + appSecret)). A timestamp more than an hour away
 * from now, either way, is refused, as DingTalk asks.
 */
final class DingTalkSignature {

    static final Duration TOLERANCE = Duration.ofHours(1);

    private DingTalkSignature() {}

    static String sign(String timestamp, String appSecret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "\n" + appSecret).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is not available", impossible);
        }
    }

    /** Whether the timestamp is a number within {@link #TOLERANCE} of {@code now}. */
    static boolean fresh(@Nullable String timestamp, Instant now) {
        if (timestamp == null || !timestamp.matches("[0-9]{1,15}")) {
            return false;
        }
        long millis = Long.parseLong(timestamp);
        return Math.abs(now.toEpochMilli() - millis) <= TOLERANCE.toMillis();
    }

    /** Whether the signature is right for the timestamp and secret (compared in constant time). */
    static boolean verifies(@Nullable String timestamp, @Nullable String signature, String appSecret) {
        if (timestamp == null || signature == null || signature.length() > 200) {
            return false;
        }
        byte[] expected = sign(timestamp, appSecret).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.UTF_8));
    }
}
