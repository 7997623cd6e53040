package io.parley.conversation.adapter.feishu;

import io.parley.channel.ChannelSettings;
import io.parley.shared.InboxId;
import io.parley.shared.WorkspaceId;
import java.util.Optional;

/**
 * A Feishu inbox's settings (docs/channels.md): the app's {@code appId} and {@code appSecret} for sending, the event
 * subscription's {@code verificationToken} and optional {@code encryptKey} for callbacks, and {@code apiBase}, the
 * open API's address (Lark's https://open.larksuite.com for an app outside mainland China).
 */
record FeishuApp(WorkspaceId workspace, InboxId inbox, Optional<String> appId, Optional<String> appSecret,
                 Optional<String> verificationToken, Optional<String> encryptKey, String apiBase) {

    static final String APP_ID = "appId";
    static final String APP_SECRET = "appSecret";
    static final String VERIFICATION_TOKEN = "verificationToken";
    static final String ENCRYPT_KEY = "encryptKey";
    static final String API_BASE = "apiBase";
    static final String DEFAULT_API_BASE = "https://open.feishu.cn";

    static FeishuApp of(ChannelSettings settings) {
        String base = settings.value(API_BASE).map(String::strip).orElse(DEFAULT_API_BASE);
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return new FeishuApp(settings.workspace(), settings.inbox(), settings.value(APP_ID).map(String::strip),
                settings.value(APP_SECRET).map(String::strip), settings.value(VERIFICATION_TOKEN).map(String::strip),
                settings.value(ENCRYPT_KEY).map(String::strip), base);
    }

    /** Whether replies can be sent: the app's id and secret are set. */
    boolean sends() {
        return appId.isPresent() && appSecret.isPresent();
    }
}
