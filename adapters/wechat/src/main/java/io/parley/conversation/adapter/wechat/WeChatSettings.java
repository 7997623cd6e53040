package io.parley.conversation.adapter.wechat;

import io.parley.channel.ChannelSettings;
import java.net.URI;
import java.util.Locale;

/**
 * An inbox's WeChat settings (docs/channels.md): {@code appId}, {@code appSecret}, {@code token},
 * {@code encodingAesKey}, {@code messageMode} ({@code plain}, {@code compatible} or {@code safe}; {@code plain} when
 * unset) and {@code apiBase} (WeChat's API, {@code https://api.weixin.qq.com} when unset).
 */
final class WeChatSettings {

    static final String APP_ID = "appId";
    static final String APP_SECRET = "appSecret";
    static final String TOKEN = "token";
    static final String ENCODING_AES_KEY = "encodingAesKey";
    static final String MESSAGE_MODE = "messageMode";
    static final String API_BASE = "apiBase";
    static final String DEFAULT_API_BASE = "https://api.weixin.qq.com";

    enum Mode { PLAIN, COMPATIBLE, SAFE }

    private WeChatSettings() {}

    static Mode mode(ChannelSettings settings) {
        String mode = settings.value(MESSAGE_MODE).orElse("plain").strip().toUpperCase(Locale.ROOT);
        try {
            return Mode.valueOf(mode);
        } catch (IllegalArgumentException unknown) {
            throw io.parley.shared.DomainException.invalid("wechat.invalid-message-mode",
                    "the inbox's messageMode is none of plain, compatible and safe");
        }
    }

    static URI apiBase(ChannelSettings settings) {
        String base = settings.value(API_BASE).orElse(DEFAULT_API_BASE).strip();
        return URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    }
}
