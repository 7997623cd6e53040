package io.parley.conversation.adapter.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.shared.DomainException;
import java.nio.charset.StandardCharsets;
import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import org.junit.jupiter.api.Test;

/**
 * The adapter's signatures and AES against WeChat's documented example (the sample of its message-encryption guide)
 * and against WeChat's Java SDK, an independent implementation.
 */
class WeChatCryptoUnitTests {

    // WeChat's sample values (message encryption guide, Java sample's test)
    private static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private static final String TOKEN = "pamtest";
    private static final String TIMESTAMP = "1409304348";
    private static final String NONCE = "xxxxxx";
    private static final String APP_ID = "wxb11529c136998cb6";
    private static final String RANDOM = "aaaabbbbccccdddd";
    private static final String REPLY = "我是中文abcd123";
    private static final String REPLY_ENCRYPTED =
            "jn1L23DB+6ELqJ+6bruv21Y6MD7KeIfP82D6gU39rmkgczbWwt5+3bnyg5K55bgVtVzd832WzZGMhkP72vVOfg==";

    @Test
    void encryptsAndDecryptsWeChatsDocumentedExample() {
        assertThat(WeChatCrypto.encrypt(AES_KEY, APP_ID, REPLY, RANDOM.getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(REPLY_ENCRYPTED);
        assertThat(WeChatCrypto.decrypt(AES_KEY, APP_ID, REPLY_ENCRYPTED)).isEqualTo(REPLY);
    }

    @Test
    void signaturesAreTheSha1OfTheSortedPartsAsTheSdkComputesThem() {
        String expected = SHA1.gen(TOKEN, TIMESTAMP, NONCE, REPLY_ENCRYPTED);
        assertThat(WeChatCrypto.signature(TOKEN, TIMESTAMP, NONCE, REPLY_ENCRYPTED)).isEqualTo(expected);
        assertThat(WeChatCrypto.signature(TOKEN, TIMESTAMP, NONCE)).isEqualTo(SHA1.gen(TOKEN, TIMESTAMP, NONCE));
        assertThat(WeChatCrypto.matches(expected, expected.toUpperCase())).isTrue();
        assertThat(WeChatCrypto.matches(expected, expected.substring(1) + "0")).isFalse();
        assertThat(WeChatCrypto.matches(expected, null)).isFalse();
    }

    @Test
    void decryptsWhatTheSdkEncryptsAndTheSdkDecryptsWhatTheAdapterEncrypts() {
        var sdk = new WxCryptUtil(TOKEN, AES_KEY, APP_ID);
        String xml = "<xml><ToUserName><![CDATA[gh_1]]></ToUserName><Content><![CDATA[你好, hello]]></Content></xml>";
        for (int length = 0; length < 70; length++) { // every padding length
            String text = xml + "x".repeat(length);
            String sdkEncrypted = WeChatXml.fields(sdk.encrypt(text)).get("Encrypt"); // the SDK answers the reply XML
            assertThat(WeChatCrypto.decrypt(AES_KEY, APP_ID, sdkEncrypted)).isEqualTo(text);
            assertThat(sdk.decrypt(WeChatCrypto.encrypt(AES_KEY, APP_ID, text, RANDOM.getBytes(StandardCharsets.UTF_8))))
                    .isEqualTo(text);
        }
    }

    @Test
    void anotherAppsMessageATamperedOneAndABadKeyAreRefused() {
        assertThatThrownBy(() -> WeChatCrypto.decrypt(AES_KEY, "wx0000000000000000", REPLY_ENCRYPTED))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code())
                .isEqualTo("wechat.app-mismatch");
        String tampered = "A" + REPLY_ENCRYPTED.substring(1);
        assertThatThrownBy(() -> WeChatCrypto.decrypt(AES_KEY, APP_ID, tampered))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> WeChatCrypto.decrypt(AES_KEY, APP_ID, "not base64!"))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code())
                .isEqualTo(WeChatCrypto.UNDECRYPTABLE);
        assertThatThrownBy(() -> WeChatCrypto.decrypt(AES_KEY, APP_ID, "QUJD"))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code())
                .isEqualTo(WeChatCrypto.UNDECRYPTABLE);
        assertThatThrownBy(() -> WeChatCrypto.aesKey("too-short"))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code())
                .isEqualTo("wechat.invalid-aes-key");
    }
}
