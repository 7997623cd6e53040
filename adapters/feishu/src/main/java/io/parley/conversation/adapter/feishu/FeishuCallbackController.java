package io.parley.conversation.adapter.feishu;

import io.parley.channel.ChannelSettingsAdministration;
import io.parley.channel.ChannelType;
import io.parley.conversation.ChannelInbound;
import io.parley.conversation.ChannelMessage;
import io.parley.shared.DomainException;
import io.parley.shared.InboxId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The request URL of a Feishu app's event subscription, one per inbox: answers Feishu's URL verification, and turns
 * {@code im.message.receive_v1} events into messages of the inbox through the channel port. With an Encrypt Key the
 * body is decrypted and the request's signature checked (a timestamp more than five minutes off is refused); the
 * verification token inside the event is checked always. Each event is stored once by its {@code event_id}, however
 * often Feishu delivers it, and the answer comes as soon as it is stored (Feishu waits 3 seconds); replies go out
 * later through {@link FeishuSender}. Other events are acknowledged and ignored. See docs/channels.md.
 */
@PrimaryAdapter
@RestController
@Tag(name = "Feishu channel")
class FeishuCallbackController {

    static final Duration MAX_SKEW = Duration.ofMinutes(5);
    static final String MESSAGE_RECEIVED = "im.message.receive_v1";
    private static final int MAX_BODY = 4000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ChannelSettingsAdministration settings;
    private final ChannelInbound inbound;
    private final Clock clock;

    FeishuCallbackController(ChannelSettingsAdministration settings, ChannelInbound inbound, Clock clock) {
        this.settings = settings;
        this.inbound = inbound;
        this.clock = clock;
    }

    @PostMapping(path = "/api/v1/channels/feishu/{inboxId}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Feishu's event callback for an inbox of channel FEISHU (called by Feishu, without a token)",
            description = "URL verification is answered with its challenge; im.message.receive_v1 stores the user's"
                    + " message in the inbox (once per event_id). Signed with X-Lark-Signature and encrypted when the"
                    + " inbox has an encryptKey; the verificationToken is checked in every event.")
    @ApiResponse(responseCode = "200", description = "Verified and handled (or an event Parley does not use)")
    Map<String, String> callback(@PathVariable String inboxId,
                                 @RequestHeader(name = "X-Lark-Request-Timestamp", required = false)
                                 @Nullable String timestamp,
                                 @RequestHeader(name = "X-Lark-Request-Nonce", required = false) @Nullable String nonce,
                                 @RequestHeader(name = "X-Lark-Signature", required = false) @Nullable String signature,
                                 @RequestBody String body) {
        FeishuApp app = settings.forAdapter(InboxId.parse(inboxId), ChannelType.FEISHU).map(FeishuApp::of)
                .orElseThrow(() -> DomainException.notFound("feishu.inbox-not-found",
                        "no enabled Feishu inbox has this id; copy the request URL again from the inbox"));
        String verificationToken = app.verificationToken().orElseThrow(() -> DomainException.invalid(
                "feishu.not-configured", "the inbox's channel settings have no verificationToken"));
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        boolean signed = timestamp != null || nonce != null || signature != null;
        if (timestamp != null) {
            fresh(timestamp);
        }
        if (app.encryptKey().isPresent() && signed) {
            if (timestamp == null || nonce == null || signature == null
                    || !FeishuCrypto.verifies(timestamp, nonce, app.encryptKey().get(), raw, signature)) {
                throw DomainException.unauthenticated("feishu.signature-invalid",
                        "the request's X-Lark-Signature does not match the inbox's encryptKey");
            }
        }
        JsonNode event = plain(app, read(body));
        if (!FeishuCrypto.same(verificationToken, tokenOf(event))) {
            throw DomainException.unauthenticated("feishu.token-invalid",
                    "the callback's verification token is not the inbox's verificationToken");
        }
        if ("url_verification".equals(event.path("type").asString(""))) {
            return Map.of("challenge", event.path("challenge").asString(""));
        }
        if (app.encryptKey().isPresent() && !signed) {
            throw DomainException.unauthenticated("feishu.signature-missing",
                    "an event for an inbox with an encryptKey must carry X-Lark-Signature");
        }
        JsonNode header = event.path("header");
        if (app.appId().isPresent() && header.hasNonNull("app_id")
                && !app.appId().get().equals(header.path("app_id").asString(""))) {
            throw DomainException.invalid("feishu.other-app", "the event is for another app than the inbox's appId");
        }
        if (!MESSAGE_RECEIVED.equals(header.path("event_type").asString(""))) {
            return Map.of();
        }
        receive(app, header, event.path("event"));
        return Map.of();
    }

    private void receive(FeishuApp app, JsonNode header, JsonNode event) {
        String eventId = header.path("event_id").asString("");
        JsonNode sender = event.path("sender");
        String openId = sender.path("sender_id").path("open_id").asString("");
        JsonNode message = event.path("message");
        if (eventId.isBlank() || openId.isBlank() || !message.isObject()) {
            throw DomainException.invalid("feishu.malformed-event",
                    "an im.message.receive_v1 event needs header.event_id, the sender's open_id and the message");
        }
        if (!sender.path("sender_type").asString("user").equals("user")) {
            return; // another app's or the system's message: not a contact writing
        }
        inbound.receive(new ChannelMessage(app.workspace(), app.inbox(), openId, null, eventId,
                FeishuMessages.text(message, MAX_BODY)));
    }

    private void fresh(String timestamp) {
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException notNumber) {
            throw DomainException.unauthenticated("feishu.timestamp-invalid",
                    "X-Lark-Request-Timestamp is not a number of seconds");
        }
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - seconds) > MAX_SKEW.toSeconds()) {
            throw DomainException.unauthenticated("feishu.timestamp-stale",
                    "X-Lark-Request-Timestamp is more than " + MAX_SKEW.toMinutes() + " minutes off the server's time");
        }
    }

    /** The event as JSON: decrypted when Feishu encrypted it, which it must when the inbox has an encryptKey. */
    private static JsonNode plain(FeishuApp app, JsonNode body) {
        JsonNode encrypted = body.get("encrypt");
        if (encrypted == null) {
            if (app.encryptKey().isPresent()) {
                throw DomainException.invalid("feishu.not-encrypted",
                        "the inbox has an encryptKey, so Feishu encrypts its callbacks: this one is not encrypted");
            }
            return body;
        }
        String key = app.encryptKey().orElseThrow(() -> DomainException.invalid("feishu.encrypt-key-missing",
                "the callback is encrypted but the inbox's channel settings have no encryptKey"));
        return FeishuCrypto.decrypt(key, encrypted.asString("")).map(FeishuCallbackController::read)
                .orElseThrow(() -> DomainException.invalid("feishu.undecryptable",
                        "the callback does not decrypt with the inbox's encryptKey"));
    }

    /** The verification token: at the top of a URL verification and of old-style events, in the header of 2.0 ones. */
    private static String tokenOf(JsonNode event) {
        String token = event.path("header").path("token").asString("");
        return token.isEmpty() ? event.path("token").asString("") : token;
    }

    private static JsonNode read(String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JacksonException malformed) {
            node = null;
        }
        if (node == null || !node.isObject()) {
            throw DomainException.invalid("feishu.malformed-callback", "the callback's body is not a JSON object");
        }
        return node;
    }
}
