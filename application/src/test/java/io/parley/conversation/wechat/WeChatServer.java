package io.parley.conversation.wechat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** Signs and encrypts callbacks the way WeChat's servers do, written here apart from the adapter's code. */
final class WeChatServer {

    private static final SecureRandom RANDOM = new SecureRandom();

    private WeChatServer() {}

    static String sha1Sorted(String... parts) throws Exception {
        String[] sorted = parts.clone();
        Arrays.sort(sorted);
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                .digest(String.join("", sorted).getBytes(StandardCharsets.UTF_8)));
    }

    static String nonce() {
        return Long.toString(RANDOM.nextLong(1_000_000_000L, 9_999_999_999L));
    }

    /** base64(AES-256-CBC(random16 + len + xml + appId, PKCS#7 to 32)) under base64(key + "="), IV = key[0..16]. */
    static String encrypt(String encodingAesKey, String appId, String xml) throws Exception {
        byte[] key = Base64.getDecoder().decode(encodingAesKey + "=");
        byte[] text = xml.getBytes(StandardCharsets.UTF_8);
        byte[] app = appId.getBytes(StandardCharsets.UTF_8);
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        int length = 16 + 4 + text.length + app.length;
        int pad = 32 - (length % 32);
        ByteBuffer plain = ByteBuffer.allocate(length + pad).put(random).putInt(text.length).put(text).put(app);
        while (plain.hasRemaining()) {
            plain.put((byte) pad);
        }
        Cipher aes = Cipher.getInstance("AES/CBC/NoPadding");
        aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(Arrays.copyOf(key, 16)));
        return Base64.getEncoder().encodeToString(aes.doFinal(plain.array()));
    }

    static String randomAesKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().withoutPadding().encodeToString(key).substring(0, 43);
    }
}
