package io.parley.conversation.adapter.feishu;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Feishu's event encryption and request signature. With an Encrypt Key set in the app's event subscription, Feishu
 * sends {@code {"encrypt": base64(iv + AES-256-CBC(json))}} with the key SHA-256(Encrypt Key), a random 16-byte IV
 * and PKCS#7 padding, and signs each request: {@code X-Lark-Signature} = hex(SHA-256(timestamp + nonce + Encrypt Key
 * + body)).
 */
final class FeishuCrypto {

    private FeishuCrypto() {}

    /** The plain text of an {@code encrypt} value, or nothing when it is not base64 or does not decrypt with the key. */
    static Optional<String> decrypt(String encryptKey, String encrypted) {
        byte[] data;
        try {
            data = Base64.getDecoder().decode(encrypted.strip());
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (data.length < 32 || data.length % 16 != 0) {
            return Optional.empty();
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(sha256(encryptKey.getBytes(StandardCharsets.UTF_8)),
                    "AES"), new IvParameterSpec(Arrays.copyOf(data, 16)));
            byte[] plain = cipher.doFinal(data, 16, data.length - 16);
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(plain)).toString());
        } catch (GeneralSecurityException | java.nio.charset.CharacterCodingException undecryptable) {
            return Optional.empty();
        }
    }

    /** {@code X-Lark-Signature} for a request: lower-case hex of SHA-256(timestamp + nonce + encryptKey + body). */
    static String signature(String timestamp, String nonce, String encryptKey, byte[] body) {
        byte[] prefix = (timestamp + nonce + encryptKey).getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(prefix, prefix.length + body.length);
        System.arraycopy(body, 0, all, prefix.length, body.length);
        return HexFormat.of().formatHex(sha256(all));
    }

    /** Whether {@code presented} is the request's signature, compared in constant time. */
    static boolean verifies(String timestamp, String nonce, String encryptKey, byte[] body, String presented) {
        byte[] expected = signature(timestamp, nonce, encryptKey, body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, presented.strip().toLowerCase(java.util.Locale.ROOT)
                .getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether two secrets are equal, compared in constant time. */
    static boolean same(String expected, String presented) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }
}
