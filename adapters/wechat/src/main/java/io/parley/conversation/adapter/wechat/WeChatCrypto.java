package io.parley.conversation.adapter.wechat;

import io.parley.shared.DomainException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * WeChat's callback signatures and message encryption, as the platform documents them (the same for Official
 * Accounts, Mini Programs and WeCom): a signature is the SHA-1, in lower-case hex, of its parts sorted and joined; an
 * encrypted message is AES-256-CBC under the 32 bytes of {@code base64(EncodingAESKey + "=")}, the IV being the key's
 * first 16 bytes, padded PKCS#7 to a multiple of 32, over 16 random bytes, the XML's length in 4 bytes (big-endian),
 * the XML and the app id.
 */
final class WeChatCrypto {

    static final String UNDECRYPTABLE = "wechat.undecryptable";
    private static final int BLOCK = 32;

    private WeChatCrypto() {}

    /** {@code sha1(sort(parts).join(""))} in lower-case hex. */
    static String signature(String... parts) {
        String[] sorted = parts.clone();
        Arrays.sort(sorted);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest(String.join("", sorted).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from the JDK", e);
        }
    }

    /** Compares in constant time; a missing signature never matches. */
    static boolean matches(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                given.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    /** The AES key of an EncodingAESKey (43 characters). */
    static byte[] aesKey(String encodingAesKey) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(encodingAesKey.strip() + "=");
        } catch (IllegalArgumentException e) {
            key = new byte[0];
        }
        if (key.length != 32) {
            throw DomainException.invalid("wechat.invalid-aes-key",
                    "the inbox's encodingAesKey is not the 43 characters WeChat shows");
        }
        return key;
    }

    /**
     * The XML inside {@code encrypted} (base64), after checking that it was encrypted for {@code appId}.
     *
     * @throws DomainException {@code wechat.undecryptable}, or {@code wechat.app-mismatch} for another app's message
     */
    static String decrypt(String encodingAesKey, String appId, String encrypted) {
        byte[] key = aesKey(encodingAesKey);
        byte[] plain;
        try {
            byte[] cipherText = Base64.getMimeDecoder().decode(encrypted);
            if (cipherText.length == 0 || cipherText.length % 16 != 0) {
                throw undecryptable();
            }
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
            plain = cipher.doFinal(cipherText);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw undecryptable();
        }
        int pad = plain[plain.length - 1] & 0xff;
        if (pad < 1 || pad > BLOCK || pad > plain.length) {
            throw undecryptable();
        }
        int end = plain.length - pad;
        if (end < 20) {
            throw undecryptable();
        }
        int length = ByteBuffer.wrap(plain, 16, 4).getInt();
        if (length < 0 || 20 + length > end) {
            throw undecryptable();
        }
        String xml = new String(plain, 20, length, StandardCharsets.UTF_8);
        String from = new String(plain, 20 + length, end - 20 - length, StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(from.getBytes(StandardCharsets.UTF_8), appId.strip().getBytes(StandardCharsets.UTF_8))) {
            throw DomainException.forbidden("wechat.app-mismatch",
                    "the message was encrypted for another app id than the inbox's appId");
        }
        return xml;
    }

    /** Encrypts {@code xml} for {@code appId} with the given 16 random bytes: what WeChat does, in base64. */
    static String encrypt(String encodingAesKey, String appId, String xml, byte[] random) {
        if (random.length != 16) {
            throw new IllegalArgumentException("16 random bytes");
        }
        byte[] key = aesKey(encodingAesKey);
        byte[] text = xml.getBytes(StandardCharsets.UTF_8);
        byte[] app = appId.getBytes(StandardCharsets.UTF_8);
        int unpadded = 20 + text.length + app.length;
        int pad = BLOCK - unpadded % BLOCK;
        ByteBuffer buffer = ByteBuffer.allocate(unpadded + pad);
        buffer.put(random).putInt(text.length).put(text).put(app);
        for (int i = 0; i < pad; i++) {
            buffer.put((byte) pad);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
            return Base64.getEncoder().encodeToString(cipher.doFinal(buffer.array()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-CBC is missing from the JDK", e);
        }
    }

    private static DomainException undecryptable() {
        return DomainException.invalid(UNDECRYPTABLE,
                "the message could not be decrypted with the inbox's encodingAesKey");
    }
}
