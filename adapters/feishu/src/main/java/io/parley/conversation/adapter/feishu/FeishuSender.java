package io.parley.conversation.adapter.feishu;

import io.parley.channel.ChannelAccessTokens;
import io.parley.channel.ChannelSettingsAdministration;
import io.parley.channel.ChannelType;
import io.parley.conversation.ChannelSender;
import io.parley.conversation.OutgoingMessage;
import io.parley.conversation.SendOutcome;
import io.parley.shared.DomainException;
import io.parley.shared.InboxId;
import io.parley.shared.Json;
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
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Agents' and the bot's replies in a Feishu inbox, sent to the contact's open_id as the app's bot: a text message
 * through {@code POST /open-apis/im/v1/messages}, with the app's tenant_access_token, fetched with its app id and
 * secret, kept for the cluster in {@link ChannelAccessTokens} and fetched again once when Feishu says it is invalid.
 * Feishu's answer decides the outcome: {@code code} 0 is sent; a rate limit, a 5xx and no answer are tried again;
 * any other code fails for good with Feishu's {@code msg} (a user who is not in the app's availability range, a bot
 * that cannot reach the chat…). Each reply carries its Parley id as Feishu's {@code uuid}, so a retry after a lost
 * answer is not shown twice. {@code apiBase} passes the outbound guard (public addresses only, unless
 * {@code parley.outbound.allowed-hosts} opens it).
 */
@Component
class FeishuSender implements ChannelSender {

    static final String TOKEN = "tenant_access_token";
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final Duration MARGIN = Duration.ofMinutes(10);
    /** tenant_access_token invalid or expired: fetch a new one and send again, once. */
    static final Set<Integer> TOKEN_INVALID = Set.of(99991663, 99991661, 99991668);
    /** Feishu's rate limits: wait and try again. */
    static final Set<Integer> RATE_LIMITED = Set.of(99991400, 230020);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_REASON = 300;

    private final ChannelSettingsAdministration settings;
    private final ChannelAccessTokens tokens;
    private final OutboundPolicy outbound;
    private final Clock clock;
    private final HttpClient http;

    FeishuSender(ChannelSettingsAdministration settings, ChannelAccessTokens tokens, OutboundPolicy outbound,
                 Clock clock) {
        this.settings = settings;
        this.tokens = tokens;
        this.outbound = outbound;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public ChannelType channel() {
        return ChannelType.FEISHU;
    }

    @Override
    public boolean delivers(WorkspaceId workspace, InboxId inbox) {
        return app(workspace, inbox).map(FeishuApp::sends).orElse(false);
    }

    @Override
    public SendOutcome send(OutgoingMessage message, String externalUserId, int attempt) {
        Optional<FeishuApp> found = app(message.workspace(), message.inbox());
        if (found.isEmpty() || !found.get().sends()) {
            return SendOutcome.Failed.permanentFailure(
                    "The Feishu inbox is disabled or has no appId and appSecret in its channel settings.");
        }
        FeishuApp app = found.get();
        try {
            Answer answer = post(app, message, externalUserId, token(app));
            if (answer.code() != null && TOKEN_INVALID.contains(answer.code())) {
                tokens.invalidate(app.inbox(), tokenName(app));
                answer = post(app, message, externalUserId, token(app));
            }
            return outcome(answer);
        } catch (Refused refused) {
            return new SendOutcome.Failed(refused.getMessage(), refused.permanent, null);
        } catch (IOException failed) {
            return SendOutcome.Failed.transientFailure("No answer from Feishu: " + failed.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return SendOutcome.Failed.transientFailure("Interrupted while sending to Feishu");
        }
    }

    private Optional<FeishuApp> app(WorkspaceId workspace, InboxId inbox) {
        return settings.forAdapter(inbox, ChannelType.FEISHU).filter(s -> s.workspace().equals(workspace))
                .map(FeishuApp::of);
    }

    /** The token's name in the store carries the app id, so a changed app never uses the old app's token. */
    private static String tokenName(FeishuApp app) {
        return TOKEN + ":" + app.appId().orElse("");
    }

    private String token(FeishuApp app) {
        return tokens.token(app.inbox(), tokenName(app), MARGIN, () -> fetchToken(app));
    }

    /** POST /open-apis/auth/v3/tenant_access_token/internal with the app's id and secret. */
    private ChannelAccessTokens.Issued fetchToken(FeishuApp app) {
        var body = Json.object();
        body.put("app_id", app.appId().orElseThrow());
        body.put("app_secret", app.appSecret().orElseThrow());
        Answer answer;
        try {
            answer = call(app.apiBase() + "/open-apis/auth/v3/tenant_access_token/internal", null, Json.write(body));
        } catch (IOException failed) {
            throw new Refused("No answer from Feishu for a tenant_access_token: " + failed.getMessage(), false);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new Refused("Interrupted while fetching a tenant_access_token", false);
        }
        String token = answer.json().path("tenant_access_token").asString("");
        long expire = answer.json().path("expire").asLong(0);
        if (answer.code() == null || answer.code() != 0 || token.isEmpty() || expire <= 0) {
            SendOutcome.Failed failed = failure("Feishu gave no tenant_access_token", answer);
            throw new Refused(failed.reason(), failed.permanent());
        }
        return new ChannelAccessTokens.Issued(token, clock.instant().plusSeconds(expire));
    }

    private Answer post(FeishuApp app, OutgoingMessage message, String openId, String token)
            throws IOException, InterruptedException {
        var content = Json.object();
        content.put("text", message.body());
        var body = Json.object();
        body.put("receive_id", openId);
        body.put("msg_type", "text");
        body.put("content", Json.write(content));
        body.put("uuid", message.messageId().toString());
        return call(app.apiBase() + "/open-apis/im/v1/messages?receive_id_type="
                + URLEncoder.encode("open_id", StandardCharsets.UTF_8), token, Json.write(body));
    }

    private Answer call(String url, @Nullable String token, String json) throws IOException, InterruptedException {
        URI uri = guarded(url);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode parsed;
        try {
            parsed = JSON.readTree(response.body());
        } catch (JacksonException notJson) {
            parsed = null;
        }
        if (parsed == null || !parsed.isObject()) {
            parsed = JSON.createObjectNode();
        }
        JsonNode code = parsed.get("code");
        return new Answer(response.statusCode(), code != null && code.isIntegralNumber() ? code.asInt() : null,
                parsed, response.headers().firstValue("x-ogw-ratelimit-reset").orElse(null));
    }

    /**
     * The URL, when the outbound guard lets it through: {@code apiBase} is an administrator's input, so it must be
     * http(s) and its host resolve to public addresses only, unless {@code parley.outbound.allowed-hosts} opens it.
     */
    private URI guarded(String url) throws UnknownHostException {
        try {
            URI uri = outbound.checkUrl(url);
            String host = OutboundPolicy.host(uri);
            for (InetAddress address : InetAddress.getAllByName(host)) {
                outbound.checkAddress(host, address);
            }
            return uri;
        } catch (DomainException refused) {
            throw new Refused("The inbox's apiBase is refused: " + refused.getMessage(), true);
        }
    }

    /** An answer of Feishu's open API: the HTTP status, Feishu's {@code code} when the body had one, the body. */
    record Answer(int status, @Nullable Integer code, JsonNode json, @Nullable String rateLimitReset) {
        String msg() {
            return json.path("msg").asString("");
        }
    }

    static SendOutcome outcome(Answer answer) {
        if (answer.status() >= 200 && answer.status() < 300 && answer.code() != null && answer.code() == 0) {
            String id = answer.json().path("data").path("message_id").asString("");
            return new SendOutcome.Sent(id.isEmpty() ? null : id);
        }
        return failure("Feishu refused the message", answer);
    }

    /** Rate limits, 5xx and answers without a code pass; any other code of Feishu's is its final word. */
    static SendOutcome.Failed failure(String what, Answer answer) {
        String reason = answer.code() == null
                ? what + ": HTTP " + answer.status()
                : what + ": " + answer.code() + " " + answer.msg();
        if (reason.length() > MAX_REASON) {
            reason = reason.substring(0, MAX_REASON) + "…";
        }
        boolean rateLimited = answer.status() == 429 || (answer.code() != null && RATE_LIMITED.contains(answer.code()));
        if (rateLimited) {
            return new SendOutcome.Failed(reason, false, seconds(answer.rateLimitReset()));
        }
        if (answer.status() >= 500 || answer.code() == null || TOKEN_INVALID.contains(answer.code())) {
            return SendOutcome.Failed.transientFailure(reason);
        }
        return SendOutcome.Failed.permanentFailure(reason);
    }

    private static @Nullable Duration seconds(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            long seconds = Long.parseLong(value.strip());
            return seconds > 0 && seconds <= 3600 ? Duration.ofSeconds(seconds) : null;
        } catch (NumberFormatException notNumber) {
            return null;
        }
    }

    /** Feishu refused what the sender needs (a token, a usable apiBase): ends the attempt with this reason. */
    static final class Refused extends RuntimeException {
        final boolean permanent;

        Refused(String reason, boolean permanent) {
            super(reason, null, false, false);
            this.permanent = permanent;
        }
    }
}
