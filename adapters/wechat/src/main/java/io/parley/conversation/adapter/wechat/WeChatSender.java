package io.parley.conversation.adapter.wechat;

import io.parley.channel.ChannelAccessTokens;
import io.parley.channel.ChannelSettings;
import io.parley.channel.ChannelSettingsAdministration;
import io.parley.channel.ChannelType;
import io.parley.conversation.ChannelSender;
import io.parley.conversation.OutgoingMessage;
import io.parley.conversation.SendOutcome;
import io.parley.shared.DomainException;
import io.parley.shared.InboxId;
import io.parley.shared.OutboundPolicy;
import io.parley.shared.WorkspaceId;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replies in a WeChat inbox go to the user as customer-service text messages
 * ({@code POST {apiBase}/cgi-bin/message/custom/send}) with the app's access_token, which one node of the cluster
 * fetches ({@code GET {apiBase}/cgi-bin/token}) and every node reuses until shortly before it expires
 * ({@link ChannelAccessTokens}). A token WeChat calls invalid or expired (40001, 40014, 42001) is dropped and the
 * message sent once more with a new one. WeChat's answers as outcomes: 45015 (the user's last message is more than
 * 48 hours old), 43004 (the user unfollowed), 40003 (no such OpenID) and the app's credentials refused fail for good;
 * 45009 and 45047 (limits), -1 (busy), no answer and HTTP errors are tried again; any other errcode fails with
 * WeChat's errmsg.
 */
@Component
class WeChatSender implements ChannelSender {

    static final String TOKEN_NAME = "wechat.access_token";
    static final Duration TOKEN_MARGIN = Duration.ofMinutes(5);
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final String OUTSIDE_WINDOW =
            "WeChat allows replies only within 48 hours of the user's last message (45015)";
    private static final Set<Integer> TOKEN_REFUSED = Set.of(40001, 40014, 42001);
    private static final Set<Integer> TRANSIENT = Set.of(-1, 45009, 45047);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ChannelType channel;
    private final ChannelSettingsAdministration settings;
    private final ChannelAccessTokens tokens;
    private final OutboundPolicy policy;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).proxy(HttpClient.Builder.NO_PROXY).build();

    @Autowired
    WeChatSender(ChannelSettingsAdministration settings, ChannelAccessTokens tokens, OutboundPolicy policy,
                 Clock clock) {
        this(ChannelType.WECHAT, settings, tokens, policy, clock);
    }

    /** The same customer-service messages for another WeChat channel (a Mini Program's inboxes). */
    WeChatSender(ChannelType channel, ChannelSettingsAdministration settings, ChannelAccessTokens tokens,
                 OutboundPolicy policy, Clock clock) {
        this.channel = channel;
        this.settings = settings;
        this.tokens = tokens;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public ChannelType channel() {
        return channel;
    }

    @Override
    public boolean delivers(WorkspaceId workspace, InboxId inbox) {
        return settings.forAdapter(inbox, channel).filter(s -> s.workspace().equals(workspace))
                .filter(s -> s.value(WeChatSettings.APP_ID).isPresent()
                        && s.value(WeChatSettings.APP_SECRET).isPresent())
                .isPresent();
    }

    @Override
    public SendOutcome send(OutgoingMessage message, String externalUserId, int attempt) {
        Optional<ChannelSettings> found = settings.forAdapter(message.inbox(), channel);
        if (found.isEmpty() || found.get().value(WeChatSettings.APP_ID).isEmpty()
                || found.get().value(WeChatSettings.APP_SECRET).isEmpty()) {
            return SendOutcome.Failed.permanentFailure(
                    "The inbox is disabled or its WeChat settings have no appId and appSecret.");
        }
        ChannelSettings inbox = found.get();
        URI base;
        try {
            base = guarded(WeChatSettings.apiBase(inbox));
        } catch (DomainException | IllegalArgumentException refused) {
            return SendOutcome.Failed.permanentFailure("The inbox's apiBase is refused: " + refused.getMessage());
        }
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("touser", externalUserId);
        text.put("msgtype", "text");
        text.put("text", Map.of("content", message.body()));
        String payload = JSON.writeValueAsString(text);
        try {
            Answer answer = sendOnce(inbox, base, payload);
            if (TOKEN_REFUSED.contains(answer.errcode())) {
                tokens.invalidate(inbox.inbox(), TOKEN_NAME);
                answer = sendOnce(inbox, base, payload);
            }
            return outcome(answer);
        } catch (TokenRefused refused) {
            return new SendOutcome.Failed(refused.getMessage(), refused.permanent, null);
        } catch (IOException | RuntimeException failed) {
            return SendOutcome.Failed.transientFailure("No answer from WeChat: " + failed.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return SendOutcome.Failed.transientFailure("Interrupted while sending to WeChat");
        }
    }

    record Answer(int status, int errcode, String errmsg) {}

    static SendOutcome outcome(Answer answer) {
        if (answer.status() != 200) {
            return SendOutcome.Failed.transientFailure("WeChat answered HTTP " + answer.status());
        }
        int code = answer.errcode();
        if (code == 0) {
            return new SendOutcome.Sent(null);
        }
        String said = "WeChat refused the message: " + code + " " + answer.errmsg();
        return switch (code) {
            case 45015 -> SendOutcome.Failed.permanentFailure(OUTSIDE_WINDOW);
            case 43004 -> SendOutcome.Failed.permanentFailure(
                    "The user no longer follows the account (43004): " + answer.errmsg());
            default -> TRANSIENT.contains(code) || TOKEN_REFUSED.contains(code)
                    ? SendOutcome.Failed.transientFailure(said)
                    : SendOutcome.Failed.permanentFailure(said);
        };
    }

    private Answer sendOnce(ChannelSettings inbox, URI base, String payload) throws IOException, InterruptedException {
        String token = tokens.token(inbox.inbox(), TOKEN_NAME, TOKEN_MARGIN, () -> fetchToken(inbox, base));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/cgi-bin/message/custom/send?access_token="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                .timeout(TIMEOUT).header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return answer(response);
    }

    private ChannelAccessTokens.Issued fetchToken(ChannelSettings inbox, URI base) {
        URI uri = URI.create(base + "/cgi-bin/token?grant_type=client_credential&appid="
                + URLEncoder.encode(inbox.required(WeChatSettings.APP_ID), StandardCharsets.UTF_8) + "&secret="
                + URLEncoder.encode(inbox.required(WeChatSettings.APP_SECRET), StandardCharsets.UTF_8));
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new TokenRefused("No answer from WeChat for an access token: " + e.getMessage(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TokenRefused("Interrupted while fetching a WeChat access token", false);
        }
        if (response.statusCode() != 200) {
            throw new TokenRefused("WeChat answered HTTP " + response.statusCode() + " for an access token", false);
        }
        JsonNode json = read(response.body());
        String token = json.path("access_token").asString("");
        if (token.isEmpty()) {
            int code = json.path("errcode").asInt(-1);
            throw new TokenRefused("WeChat refused an access token for the inbox's appId and appSecret: " + code
                    + " " + json.path("errmsg").asString(""), code != -1 && code != 45009);
        }
        long seconds = json.path("expires_in").asLong(7200);
        return new ChannelAccessTokens.Issued(token, clock.instant().plusSeconds(seconds));
    }

    private static Answer answer(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            return new Answer(response.statusCode(), -1, "");
        }
        JsonNode json = read(response.body());
        return new Answer(200, json.path("errcode").asInt(0), json.path("errmsg").asString(""));
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (JacksonException notJson) {
            throw new IllegalStateException("WeChat's answer is not JSON");
        }
    }

    /** The API base, after the outbound guard has passed its form and every address its host has now. */
    private URI guarded(URI base) {
        URI checked = policy.checkUrl(base.toString());
        String host = OutboundPolicy.host(checked);
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                policy.checkAddress(host, address);
            }
        } catch (UnknownHostException unknown) {
            // not resolvable now: the call fails as a passing failure
        }
        return base;
    }

    /** WeChat refused to issue a token, or could not be asked. */
    static final class TokenRefused extends RuntimeException {
        private final boolean permanent;

        TokenRefused(String message, boolean permanent) {
            super(message, null, false, false);
            this.permanent = permanent;
        }
    }
}
