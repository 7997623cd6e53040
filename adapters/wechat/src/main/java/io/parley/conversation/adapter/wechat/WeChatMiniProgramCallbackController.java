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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The message push URL of a WeChat Mini Program (docs/channels.md), handled as an Official Account's server URL
 * ({@link WeChatCallbackController}): the same signature, replay window and safe-mode decryption with the inbox's
 * {@code token}, {@code encodingAesKey} and {@code appId}. The Mini Program console lets the developer push JSON or
 * XML: either is read, whatever the body is ({@code messageFormat} only documents the console's choice). Text, image
 * and Mini Program page cards are stored under the user's OpenID (a redelivered {@code MsgId} stores nothing); events
 * such as {@code user_enter_tempsession} are acknowledged and not stored. The answer is {@code success} once
 * committed, within WeChat's 5 seconds.
 */
@PrimaryAdapter
@RestController
@RequestMapping("/api/v1/channels/wechat-mini-program/{inboxId}")
@Tag(name = "WeChat")
class WeChatMiniProgramCallbackController {

    static final String MALFORMED_JSON = "wechat.malformed-json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ChannelSettingsAdministration settings;
    private final ChannelInbound inbound;
    private final Clock clock;

    WeChatMiniProgramCallbackController(ChannelSettingsAdministration settings, ChannelInbound inbound, Clock clock) {
        this.settings = settings;
        this.inbound = inbound;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "A Mini Program's message push URL verification: echostr back when the signature is the"
            + " inbox's", description = "Called by WeChat when the URL is saved in the Mini Program's console."
            + " signature = sha1 of the sorted token, timestamp and nonce.")
    ResponseEntity<String> verify(@PathVariable String inboxId, @RequestParam String signature,
                                  @RequestParam String timestamp, @RequestParam String nonce,
                                  @RequestParam String echostr) {
        ChannelSettings inbox = inbox(inboxId);
        WeChatCallbackController.checkSignature(inbox, clock, signature, timestamp, nonce);
        return WeChatCallbackController.text(echostr);
    }

    @PostMapping(consumes = {MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_XML_VALUE,
            MediaType.APPLICATION_XML_VALUE})
    @Operation(summary = "A Mini Program user's customer-service message or event, JSON or XML, plain or safe mode:"
            + " 'success' once stored", description = "Messages are stored in a conversation of the inbox with the"
            + " user's OpenID as the contact's external id; events are acknowledged and not stored.")
    ResponseEntity<String> receive(@PathVariable String inboxId, @RequestParam String signature,
                                   @RequestParam String timestamp, @RequestParam String nonce,
                                   @RequestParam(name = "encrypt_type", required = false) @Nullable String encryptType,
                                   @RequestParam(name = "msg_signature", required = false) @Nullable String msgSignature,
                                   @RequestBody String body) {
        ChannelSettings inbox = inbox(inboxId);
        WeChatCallbackController.checkSignature(inbox, clock, signature, timestamp, nonce);
        Map<String, String> fields = fields(body);
        String encrypted = fields.get("Encrypt");
        if ("aes".equalsIgnoreCase(encryptType) || (encrypted != null && !fields.containsKey("MsgType"))) {
            fields = fields(WeChatCallbackController.decrypt(inbox, timestamp, nonce, msgSignature, encrypted));
        }
        Optional<WeChatMessage> message = WeChatMessage.of(fields);
        if (message.isPresent()) {
            inbound.receive(new ChannelMessage(inbox.workspace(), inbox.inbox(), message.get().openId(), null,
                    message.get().platformMessageId(), message.get().body()));
        }
        return WeChatCallbackController.text("success");
    }

    /** The callback's fields, from XML or from a JSON object (numbers as their text). */
    static Map<String, String> fields(String body) {
        String trimmed = body.strip();
        if (trimmed.startsWith("<")) {
            return WeChatXml.fields(trimmed);
        }
        JsonNode json;
        try {
            json = JSON.readTree(trimmed);
        } catch (JacksonException notJson) {
            throw malformed();
        }
        if (json == null || !json.isObject()) {
            throw malformed();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : json.properties()) {
            JsonNode value = field.getValue();
            if (value.isValueNode() && !value.isNull()) {
                fields.put(field.getKey(), value.asString());
            }
        }
        return fields;
    }

    private ChannelSettings inbox(String inboxId) {
        InboxId id;
        try {
            id = InboxId.parse(inboxId);
        } catch (RuntimeException notAnId) {
            throw notFound();
        }
        return settings.forAdapter(id, ChannelType.WECHAT_MINI_PROGRAM)
                .filter(s -> s.value(WeChatSettings.TOKEN).isPresent())
                .orElseThrow(WeChatMiniProgramCallbackController::notFound);
    }

    private static DomainException malformed() {
        return DomainException.invalid(MALFORMED_JSON, "the callback is neither XML nor a JSON object");
    }

    private static DomainException notFound() {
        return DomainException.notFound("channel.inbox-not-found",
                "no enabled WeChat Mini Program inbox with a token has this id");
    }
}
