package io.parley.webhook.application;

import io.parley.channel.ApiCallbackAdministration;
import io.parley.channel.ApiCallbackTarget;
import io.parley.channel.ChannelType;
import io.parley.conversation.ChannelSender;
import io.parley.conversation.OutgoingMessage;
import io.parley.conversation.SendOutcome;
import io.parley.shared.InboxId;
import io.parley.shared.Json;
import io.parley.shared.RetrySchedule;
import io.parley.shared.WorkspaceId;
import io.parley.webhook.model.TransportResult;
import io.parley.webhook.port.WebhookTransport;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The API channel's sender: each reply of an agent or the bot in an API inbox with a callback URL is POSTed there as
 * {@code message.created}, signed as Standard Webhooks with the callback's secret, through the outbound guard;
 * {@code webhook-id} is the same for every attempt of a message, so the receiver can drop a repeat. 2xx is sent; 408,
 * 425, 429 and 5xx, no answer and a failed connection are tried again (429, 502, 503 and 504 after their
 * {@code Retry-After}); any other status, a redirect (never followed) and an address the guard refuses fail for good
 * (docs/channels.md).
 */
@Component
class ApiCallbackSender implements ChannelSender {

    static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final Set<Integer> TRANSIENT = Set.of(408, 425, 429);
    private static final Set<Integer> RETRY_AFTER = Set.of(429, 502, 503, 504);
    private static final int MAX_REASON_BODY = 200;

    private final ApiCallbackAdministration callbacks;
    private final WebhookTransport transport;
    private final Clock clock;

    ApiCallbackSender(ApiCallbackAdministration callbacks, WebhookTransport transport, Clock clock) {
        this.callbacks = callbacks;
        this.transport = transport;
        this.clock = clock;
    }

    @Override
    public ChannelType channel() {
        return ChannelType.API;
    }

    @Override
    public boolean delivers(WorkspaceId workspace, InboxId inbox) {
        return callbacks.target(workspace, inbox).isPresent();
    }

    @Override
    public SendOutcome send(OutgoingMessage message, String externalUserId, int attempt) {
        Optional<ApiCallbackTarget> target = callbacks.target(message.workspace(), message.inbox());
        if (target.isEmpty()) {
            return SendOutcome.Failed.permanentFailure("The inbox has no callback URL any more.");
        }
        Instant now = clock.instant();
        long timestamp = now.getEpochSecond();
        String id = "msg_" + message.messageId();
        byte[] body = payload(message, externalUserId).getBytes(StandardCharsets.UTF_8);
        var headers = new LinkedHashMap<String, String>();
        headers.put("webhook-id", id);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", WebhookSignature.header(List.of(target.get().secret()), id, timestamp, body));
        return outcome(transport.post(target.get().url(), headers, body, TIMEOUT), now);
    }

    static SendOutcome outcome(TransportResult result, Instant now) {
        Integer status = result.status();
        if (status == null) {
            return result.refused()
                    ? SendOutcome.Failed.permanentFailure("The outbound guard refused the address: " + result.error())
                    : SendOutcome.Failed.transientFailure("No answer: " + result.error());
        }
        if (result.succeeded()) {
            return new SendOutcome.Sent(null);
        }
        String reason = "HTTP " + status + reasonBody(result.body());
        if (status >= 500 || TRANSIENT.contains(status)) {
            Duration retryAfter = RETRY_AFTER.contains(status)
                    ? RetrySchedule.retryAfter(result.retryAfter(), now).orElse(null) : null;
            return new SendOutcome.Failed(reason, false, retryAfter);
        }
        return SendOutcome.Failed.permanentFailure(reason);
    }

    private static String reasonBody(@Nullable String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String text = body.strip();
        return ": " + (text.length() <= MAX_REASON_BODY ? text : text.substring(0, MAX_REASON_BODY) + "…");
    }

    /** The body: {@code message.created} as webhooks send it, with the contact's external user id. */
    static String payload(OutgoingMessage message, String externalUserId) {
        var author = Json.object();
        author.put("kind", message.author().kind().name());
        author.put("id", message.author().id());
        var data = Json.object();
        data.put("workspaceId", message.workspace().toString());
        data.put("inboxId", message.inbox().toString());
        data.put("conversationId", message.conversation().toString());
        data.put("messageId", message.messageId().toString());
        data.put("sequence", message.sequence());
        data.put("visitorId", message.visitor().toString());
        data.put("externalId", externalUserId);
        data.put("author", author);
        data.put("kind", "TEXT");
        data.put("body", message.body());
        data.put("createdAt", message.createdAt().toString());
        var envelope = Json.object();
        envelope.put("type", "message.created");
        envelope.put("timestamp", message.createdAt().toString());
        envelope.put("data", data);
        return Json.write(envelope);
    }
}
