package io.parley.conversation.adapter.dingtalk;

import io.parley.channel.ChannelSettings;
import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The inbox's DingTalk settings (docs/channels.md): {@code appKey} and {@code appSecret} of the enterprise internal
 * app, {@code robotCode} (the app key when not given), {@code apiBase} (https://api.dingtalk.com) and
 * {@code sessionWebhookHost} (oapi.dingtalk.com), the only host besides apiBase's whose session webhooks are called.
 */
record DingTalkSettings(String appKey, String appSecret, String robotCode, String apiBase, String sessionWebhookHost) {

    static final String APP_KEY = "appKey";
    static final String APP_SECRET = "appSecret";
    static final String ROBOT_CODE = "robotCode";
    static final String API_BASE = "apiBase";
    static final String SESSION_WEBHOOK_HOST = "sessionWebhookHost";
    static final String DEFAULT_API_BASE = "https://api.dingtalk.com";
    static final String DEFAULT_SESSION_WEBHOOK_HOST = "oapi.dingtalk.com";

    /** What the callback needs: the app secret that signs it ({@code channel.setting-missing} without one). */
    static String appSecret(ChannelSettings settings) {
        return settings.required(APP_SECRET);
    }

    static DingTalkSettings of(ChannelSettings settings) {
        String appKey = settings.required(APP_KEY);
        String apiBase = settings.value(API_BASE).orElse(DEFAULT_API_BASE).strip();
        while (apiBase.endsWith("/")) {
            apiBase = apiBase.substring(0, apiBase.length() - 1);
        }
        return new DingTalkSettings(appKey, settings.required(APP_SECRET), settings.value(ROBOT_CODE).orElse(appKey),
                apiBase, settings.value(SESSION_WEBHOOK_HOST).orElse(DEFAULT_SESSION_WEBHOOK_HOST).strip());
    }

    /**
     * Whether a session webhook URL from a callback may be called: http(s), no user info, and the host is the
     * configured session webhook host (on the default port) or apiBase's host and port. Never an arbitrary address
     * a request named.
     */
    static boolean allowedSessionWebhook(@Nullable String url, String apiBase, String sessionWebhookHost) {
        if (url == null || url.length() > 1000) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            if (host == null || uri.getRawUserInfo() != null || !(scheme.equals("https") || scheme.equals("http"))) {
                return false;
            }
            if (scheme.equals("https") && host.equalsIgnoreCase(sessionWebhookHost)
                    && (uri.getPort() == -1 || uri.getPort() == 443)) {
                return true;
            }
            URI base = new URI(apiBase);
            return base.getHost() != null && host.equalsIgnoreCase(base.getHost())
                    && scheme.equalsIgnoreCase(base.getScheme()) && port(uri) == port(base);
        } catch (java.net.URISyntaxException | IllegalArgumentException malformed) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
