package io.parley.conversation.adapter.dingtalk;

import io.parley.conversation.SendOutcome;
import io.parley.shared.DomainException;
import io.parley.shared.OutboundPolicy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The few DingTalk calls the sender makes, over plain HTTP: POST a JSON body, read DingTalk's JSON answer. Redirects
 * are never followed. DingTalk's refusals are turned into {@link SendOutcome.Failed}: 429, 5xx, throttling codes and
 * no answer pass; an expired or invalid access token is {@link #tokenRefused}; anything else is permanent. Every URL
 * passes the outbound guard first ({@code apiBase} is an administrator's input): http(s), public addresses only unless
 * {@code parley.outbound.allowed-hosts} opens them.
 */
@Component
class DingTalkApi {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_REASON = 300;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final OutboundPolicy outbound;

    DingTalkApi(OutboundPolicy outbound) {
        this.outbound = outbound;
    }

    /** DingTalk's answer: the status and the JSON body (an empty object when it sent none or something else). */
    record Answer(int status, JsonNode body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        String code() {
            return body.path("code").asString("");
        }

        /** The platform's words, for agents: {@code DingTalk HTTP 400 code: message}. */
        String reason() {
            String code = code();
            String message = body.path("message").asString(body.path("errmsg").asString(""));
            String text = "DingTalk HTTP " + status + (code.isEmpty() ? "" : " " + code)
                    + (message.isEmpty() ? "" : ": " + message);
            return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON) + "…";
        }

        /** 401, or the codes DingTalk answers for an expired or unknown access token. */
        boolean tokenRefused() {
            String code = code().toLowerCase(Locale.ROOT);
            return status == 401 || code.contains("invalidauthentication")
                    || (code.contains("token") && (code.contains("invalid") || code.contains("expired")));
        }

        boolean throttled() {
            String code = code().toLowerCase(Locale.ROOT);
            return status == 429 || code.contains("throttl") || code.contains("qpslimit") || code.contains("flowcontrol")
                    || code.contains("limitexceeded");
        }

        /** What a refusal means for the delivery: passing for 5xx and throttling, else for good. */
        SendOutcome.Failed failure() {
            if (status >= 500 || throttled() || status == 408) {
                return SendOutcome.Failed.transientFailure(reason()); // on the retry schedule
            }
            return SendOutcome.Failed.permanentFailure(reason());
        }
    }

    /** A call that got no answer (connection refused, timeout): a passing failure. */
    static final class Unanswered extends Exception {
        Unanswered(String message) {
            super(message, null, false, false);
        }
    }

    /** A URL the outbound guard refuses: the reply cannot go out until the settings change. */
    static final class GuardRefused extends RuntimeException {
        GuardRefused(String message) {
            super(message, null, false, false);
        }
    }

    Answer post(String url, Map<String, String> headers, Map<String, ?> body) throws Unanswered {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(guarded(url)).timeout(TIMEOUT)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformed) {
            throw new Unanswered("not a URL: " + malformed.getMessage());
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), json(response.body()));
        } catch (IOException failed) {
            throw new Unanswered("no answer from DingTalk: " + failed.getClass().getSimpleName()
                    + (failed.getMessage() == null ? "" : " " + failed.getMessage()));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new Unanswered("interrupted");
        }
    }

    private URI guarded(String url) throws Unanswered {
        try {
            URI uri = outbound.checkUrl(url);
            String host = OutboundPolicy.host(uri);
            for (InetAddress address : InetAddress.getAllByName(host)) {
                outbound.checkAddress(host, address);
            }
            return uri;
        } catch (DomainException refused) {
            throw new GuardRefused("The outbound guard refused " + hostOf(url) + ": " + refused.getMessage());
        } catch (UnknownHostException unknown) {
            throw new Unanswered("no address for " + hostOf(url));
        }
    }

    private static String hostOf(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? "the URL" : host;
        } catch (IllegalArgumentException malformed) {
            return "the URL";
        }
    }

    /** DingTalk's answer as JSON: an empty object when it is none or not an object. */
    static JsonNode json(@Nullable String body) {
        if (body == null || body.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? node : JSON.createObjectNode();
        } catch (JacksonException notJson) {
            return JSON.createObjectNode();
        }
    }
}
