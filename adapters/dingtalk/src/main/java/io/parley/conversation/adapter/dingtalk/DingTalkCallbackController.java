package io.parley.conversation.adapter.dingtalk;

import io.parley.channel.ChannelSettings;
import io.parley.channel.ChannelSettingsAdministration;
import io.parley.channel.ChannelType;
import io.parley.conversation.ChannelInbound;
import io.parley.conversation.ChannelMessage;
import io.parley.shared.DomainException;
import io.parley.shared.InboxId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * DingTalk's robot callback (HTTP mode) for an inbox of channel DINGTALK: the URL to enter in the robot's settings is
 * {@code https://<parley>/api/v1/channels/dingtalk/<inboxId>}. DingTalk signs the headers {@code timestamp} and
 * {@code sign} with the app secret; a wrong signature or a timestamp more than an hour away is refused and nothing is
 * stored. The message goes into the chat's conversation through the channel port (de-duplicated by {@code msgId}),
 * and the chat's session webhook is kept for the replies. See docs/channels.md.
 */
@PrimaryAdapter
@RestController
@Tag(name = "DingTalk")
class DingTalkCallbackController {

    private static final Logger log = LoggerFactory.getLogger(DingTalkCallbackController.class);

    private final ChannelSettingsAdministration settings;
    private final ChannelInbound inbound;
    private final DingTalkSessions sessions;
    private final Clock clock;

    DingTalkCallbackController(ChannelSettingsAdministration settings, ChannelInbound inbound,
                               DingTalkSessions sessions, Clock clock) {
        this.settings = settings;
        this.inbound = inbound;
        this.sessions = sessions;
        this.clock = clock;
    }

    @PostMapping(path = "/api/v1/channels/dingtalk/{inboxId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "DingTalk's robot callback: a message to the robot of the inbox's app, signed by DingTalk"
            + " with the app secret (headers timestamp and sign); 200 once stored (a repeat of a msgId stores nothing)",
            description = "Called by DingTalk, not by Parley's clients. 401 dingtalk.signature-invalid for a wrong sign"
                    + " or a timestamp more than an hour away; 404 channel.inbox-not-found for an unknown or disabled"
                    + " DingTalk inbox.")
    @ApiResponse(responseCode = "200", description = "Stored, or a repeat of a stored message")
    ResponseEntity<Void> callback(@PathVariable String inboxId,
                                  @RequestHeader(name = "timestamp", required = false) @Nullable String timestamp,
                                  @RequestHeader(name = "sign", required = false) @Nullable String sign,
                                  @RequestBody byte[] body) {
        InboxId inbox = parse(inboxId);
        ChannelSettings inboxSettings = settings.forAdapter(inbox, ChannelType.DINGTALK)
                .orElseThrow(DingTalkCallbackController::notFound);
        String appSecret = inboxSettings.value(DingTalkSettings.APP_SECRET).orElseThrow(() ->
                DomainException.unavailable("dingtalk.not-configured", "the inbox has no DingTalk app secret yet"));
        if (!DingTalkSignature.fresh(timestamp, clock.instant())
                || !DingTalkSignature.verifies(timestamp, sign, appSecret)) {
            throw DomainException.unauthenticated("dingtalk.signature-invalid",
                    "the callback's timestamp and sign are not DingTalk's for this inbox's app");
        }
        DingTalkCallback message = DingTalkCallback.parse(body);
        Optional<String> contact = message.group() ? DingTalkContact.group(message.conversationId())
                : DingTalkContact.user(message.staffId(), message.senderId());
        if (contact.isEmpty()) {
            throw DomainException.invalid("dingtalk.malformed-callback", "the message names no sender or chat");
        }
        keepSessionWebhook(inboxSettings, contact.get(), message);
        String displayName = message.group()
                ? Optional.ofNullable(message.conversationTitle()).orElse("DingTalk group")
                : message.senderNick();
        inbound.receive(new ChannelMessage(inboxSettings.workspace(), inbox, contact.get(),
                displayName == null ? null : limit(displayName, 100), message.msgId(), message.textForAgents()));
        return ResponseEntity.ok().build();
    }

    private void keepSessionWebhook(ChannelSettings inboxSettings, String contact, DingTalkCallback message) {
        String url = message.sessionWebhook();
        if (url == null || message.sessionWebhookExpiredTime() <= 0) {
            return;
        }
        String apiBase = inboxSettings.value(DingTalkSettings.API_BASE).orElse(DingTalkSettings.DEFAULT_API_BASE);
        String host = inboxSettings.value(DingTalkSettings.SESSION_WEBHOOK_HOST)
                .orElse(DingTalkSettings.DEFAULT_SESSION_WEBHOOK_HOST);
        if (!DingTalkSettings.allowedSessionWebhook(url, apiBase, host)) {
            log.warn("A DingTalk callback for inbox {} named a session webhook on a host that is not allowed; replies"
                    + " go through the robot API", inboxSettings.inbox());
            return;
        }
        sessions.remember(inboxSettings.inbox(), contact, url,
                Instant.ofEpochMilli(message.sessionWebhookExpiredTime()));
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static InboxId parse(String inboxId) {
        try {
            return InboxId.parse(inboxId);
        } catch (RuntimeException malformed) {
            throw notFound();
        }
    }

    private static DomainException notFound() {
        return DomainException.notFound("channel.inbox-not-found", "no enabled DingTalk inbox has this id");
    }
}
