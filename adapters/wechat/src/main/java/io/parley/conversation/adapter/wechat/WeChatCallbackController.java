package io.parley.conversation.adapter.wechat;

import io.parley.channel.ChannelSettings;
import io.parley.channel.ChannelSettingsAdministration;
import io.parley.channel.ChannelType;
import io.parley.conversation.ChannelInbound;
import io.parley.conversation.ChannelMessage;
import io.parley.shared.DomainException;
import io.parley.shared.InboxId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The server URL of a WeChat Official Account (docs/channels.md): WeChat calls it without a Parley token, so every
 * call is checked against the inbox's {@code token} (and, encrypted, its {@code encodingAesKey} and {@code appId})
 * before anything is read. A GET verifies the URL (the answer is {@code echostr}); a POST brings a user's message,
 * stored through the channel port (a redelivered {@code MsgId} stores nothing) and answered {@code success} once
 * committed, well within WeChat's 5 seconds; replies go out later as customer-service messages
 * ({@link WeChatSender}). A timestamp more than five minutes off is refused as a replay.
 */
@PrimaryAdapter
@RestController
@RequestMapping("/api/v1/channels/wechat/{inboxId}")
@Tag(name = "WeChat")
class WeChatCallbackController {

    static final Duration MAX_SKEW = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(WeChatCallbackController.class);
    private static final String SUCCESS = "success";

    private final ChannelSettingsAdministration settings;
    private final ChannelInbound inbound;
    private final Clock clock;

    WeChatCallbackController(ChannelSettingsAdministration settings, ChannelInbound inbound, Clock clock) {
        this.settings = settings;
        this.inbound = inbound;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "WeChat's server URL verification: echostr back as text when the signature is the inbox's",
            description = "Called by WeChat when the URL is saved in the account's console. signature = sha1 of the"
                    + " sorted token, timestamp and nonce.")
    ResponseEntity<String> verify(@PathVariable String inboxId, @RequestParam String signature,
                                  @RequestParam String timestamp, @RequestParam String nonce,
                                  @RequestParam String echostr) {
        ChannelSettings inbox = inbox(inboxId);
        checkSignature(inbox, clock, signature, timestamp, nonce);
        return text(echostr);
    }

    @PostMapping(consumes = {MediaType.TEXT_XML_VALUE, MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_PLAIN_VALUE})
    @Operation(summary = "A WeChat user's message or event, in plain, compatible or safe mode: 'success' once stored",
            description = "Messages are stored in a conversation of the inbox with the user's OpenID as the"
                    + " contact's external id; events are acknowledged and not stored.")
    ResponseEntity<String> receive(@PathVariable String inboxId, @RequestParam String signature,
                                   @RequestParam String timestamp, @RequestParam String nonce,
                                   @RequestParam(name = "encrypt_type", required = false) @Nullable String encryptType,
                                   @RequestParam(name = "msg_signature", required = false) @Nullable String msgSignature,
                                   @RequestBody String body) {
        ChannelSettings inbox = inbox(inboxId);
        checkSignature(inbox, clock, signature, timestamp, nonce);
        Map<String, String> fields = WeChatXml.fields(body);
        WeChatSettings.Mode mode = WeChatSettings.mode(inbox);
        String encrypted = fields.get("Encrypt");
        boolean isEncrypted = "aes".equalsIgnoreCase(encryptType) || (encrypted != null && !fields.containsKey("MsgType"));
        if (isEncrypted) {
            fields = WeChatXml.fields(decrypt(inbox, timestamp, nonce, msgSignature, encrypted));
        } else if (mode == WeChatSettings.Mode.SAFE) {
            throw DomainException.forbidden("wechat.encryption-required",
                    "the inbox's messageMode is safe: WeChat must send this callback encrypted");
        }
        Optional<WeChatMessage> message = WeChatMessage.of(fields);
        if (message.isEmpty()) {
            log.debug("WeChat event {} acknowledged for inbox {}", fields.get("Event"), inbox.inbox());
            return text(SUCCESS);
        }
        inbound.receive(new ChannelMessage(inbox.workspace(), inbox.inbox(), message.get().openId(), null,
                message.get().platformMessageId(), message.get().body()));
        return text(SUCCESS);
    }

    /** The plain text of a callback in safe mode, once its {@code msg_signature} is the inbox token's. */
    static String decrypt(ChannelSettings inbox, String timestamp, String nonce, @Nullable String msgSignature,
                          @Nullable String encrypted) {
        if (encrypted == null || msgSignature == null) {
            throw DomainException.invalid(WeChatCrypto.UNDECRYPTABLE,
                    "an encrypted callback needs msg_signature and an Encrypt element");
        }
        if (!WeChatCrypto.matches(WeChatCrypto.signature(inbox.required(WeChatSettings.TOKEN), timestamp, nonce,
                encrypted), msgSignature)) {
            throw signatureInvalid();
        }
        String key = inbox.value(WeChatSettings.ENCODING_AES_KEY).orElseThrow(() -> DomainException.invalid(
                WeChatCrypto.UNDECRYPTABLE, "the inbox has no encodingAesKey to decrypt WeChat's message with"));
        return WeChatCrypto.decrypt(key, inbox.required(WeChatSettings.APP_ID), encrypted);
    }

    private ChannelSettings inbox(String inboxId) {
        InboxId id;
        try {
            id = InboxId.parse(inboxId);
        } catch (RuntimeException notAnId) {
            throw notFound();
        }
        return settings.forAdapter(id, ChannelType.WECHAT).filter(s -> s.value(WeChatSettings.TOKEN).isPresent())
                .orElseThrow(WeChatCallbackController::notFound);
    }

    /** Refuses a callback whose signature is not the inbox token's or whose timestamp is stale. */
    static void checkSignature(ChannelSettings inbox, Clock clock, String signature, String timestamp, String nonce) {
        if (!WeChatCrypto.matches(WeChatCrypto.signature(inbox.required(WeChatSettings.TOKEN), timestamp, nonce),
                signature)) {
            throw signatureInvalid();
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            throw stale();
        }
        if (Math.abs(clock.instant().getEpochSecond() - seconds) > MAX_SKEW.toSeconds()) {
            throw stale();
        }
    }

    static ResponseEntity<String> text(String text) {
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(text);
    }

    private static DomainException notFound() {
        return DomainException.notFound("channel.inbox-not-found",
                "no enabled WeChat inbox with a token has this id");
    }

    private static DomainException signatureInvalid() {
        return DomainException.forbidden("wechat.signature-invalid",
                "the signature is not WeChat's for the inbox's token");
    }

    private static DomainException stale() {
        return DomainException.invalid("wechat.timestamp-stale",
                "the timestamp is more than five minutes away from the server's time");
    }
}
