package io.parley.conversation.adapter.feishu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class FeishuCryptoTests {

    @Test
    void decryptsFeishusDocumentedExample() {
        // open.feishu.cn, "Encrypt Key": "test key" encrypts "hello world" as this
        assertThat(FeishuCrypto.decrypt("test key", "P37w+VZImNgPEO1RBhJ6RtKl7n6zymIbEG1pReEzghk="))
                .contains("hello world");
    }

    @Test
    void decryptsWhatIsEncryptedTheWayFeishuDoesAndNothingElse() throws Exception {
        String event = "{\"schema\":\"2.0\",\"header\":{\"event_id\":\"e-1\"},\"event\":{\"text\":\"你好\"}}";
        String encrypted = encrypt("kPq1Xr7uVb2Yc9", event);

        assertThat(FeishuCrypto.decrypt("kPq1Xr7uVb2Yc9", encrypted)).contains(event);
        assertThat(FeishuCrypto.decrypt("another key", encrypted)).isEmpty();
        assertThat(FeishuCrypto.decrypt("kPq1Xr7uVb2Yc9", "not base64 !")).isEmpty();
        assertThat(FeishuCrypto.decrypt("kPq1Xr7uVb2Yc9", Base64.getEncoder().encodeToString(new byte[20]))).isEmpty();
        assertThat(FeishuCrypto.decrypt("kPq1Xr7uVb2Yc9", "")).isEmpty();
    }

    @Test
    void theSignatureIsTheHexSha256OfTimestampNonceKeyAndBody() throws Exception {
        byte[] body = "{\"encrypt\":\"abc\"}".getBytes(StandardCharsets.UTF_8);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(("1700000000" + "nonce-1" + "key" + "{\"encrypt\":\"abc\"}").getBytes(StandardCharsets.UTF_8)));

        assertThat(FeishuCrypto.signature("1700000000", "nonce-1", "key", body)).isEqualTo(expected).hasSize(64);
        assertThat(FeishuCrypto.verifies("1700000000", "nonce-1", "key", body, expected)).isTrue();
        assertThat(FeishuCrypto.verifies("1700000000", "nonce-1", "key", body, expected.toUpperCase())).isTrue();
        assertThat(FeishuCrypto.verifies("1700000001", "nonce-1", "key", body, expected)).isFalse();
        assertThat(FeishuCrypto.verifies("1700000000", "nonce-2", "key", body, expected)).isFalse();
        assertThat(FeishuCrypto.verifies("1700000000", "nonce-1", "kez", body, expected)).isFalse();
        assertThat(FeishuCrypto.verifies("1700000000", "nonce-1", "key", "{}".getBytes(StandardCharsets.UTF_8),
                expected)).isFalse();
        assertThat(FeishuCrypto.verifies("1700000000", "nonce-1", "key", body, "")).isFalse();
    }

    /** As Feishu's SDKs encrypt: AES-256-CBC, key SHA-256(encrypt key), random IV before the cipher text, base64. */
    static String encrypt(String key, String plain) throws Exception {
        byte[] iv = new byte[16];
        new SecureRandom().nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(MessageDigest.getInstance("SHA-256")
                .digest(key.getBytes(StandardCharsets.UTF_8)), "AES"), new IvParameterSpec(iv));
        byte[] encrypted = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
        byte[] all = new byte[16 + encrypted.length];
        System.arraycopy(iv, 0, all, 0, 16);
        System.arraycopy(encrypted, 0, all, 16, encrypted.length);
        return Base64.getEncoder().encodeToString(all);
    }
}
