package io.parley.conversation.adapter.dingtalk;

import io.parley.shared.DomainException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A robot callback's message as Parley reads it. Text is its {@code text.content}; other kinds become a line of text
 * (docs/channels.md): {@code [Picture]}, {@code [Voice] <recognised text>}, {@code [Video]}, {@code [File] <name>},
 * rich text as its text parts with {@code [Picture]} for each picture, anything else {@code [<msgtype>]}.
 */
record DingTalkCallback(String msgId, String text, @Nullable String staffId, @Nullable String senderId,
                        @Nullable String senderNick, boolean group, @Nullable String conversationId,
                        @Nullable String conversationTitle, @Nullable String sessionWebhook,
                        long sessionWebhookExpiredTime) {

    static final int MAX_TEXT = 4000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** {@code dingtalk.malformed-callback} for a body that is not a JSON object with a message id and a sender. */
    static DingTalkCallback parse(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException malformed) {
            throw malformed("the body is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw malformed("the body is not a JSON object");
        }
        String msgId = text(root, "msgId");
        if (msgId == null || msgId.length() > 256) {
            throw malformed("the message has no msgId");
        }
        String type = text(root, "msgtype");
        return new DingTalkCallback(msgId, body(root, type == null ? "unknown" : type), text(root, "senderStaffId"),
                text(root, "senderId"), text(root, "senderNick"), "2".equals(text(root, "conversationType")),
                text(root, "conversationId"), text(root, "conversationTitle"), text(root, "sessionWebhook"),
                root.path("sessionWebhookExpiredTime").isNumber() ? root.path("sessionWebhookExpiredTime").asLong()
                        : 0L);
    }

    /** The message as agents read it; in a group prefixed with the sender's nick. */
    String textForAgents() {
        String body = group && senderNick != null ? senderNick + ": " + text : text;
        if (body.codePointCount(0, body.length()) > MAX_TEXT) {
            body = body.substring(0, body.offsetByCodePoints(0, MAX_TEXT - 1)) + "…";
        }
        return body;
    }

    private static String body(JsonNode root, String type) {
        JsonNode content = root.path("content");
        return switch (type) {
            case "text" -> {
                String text = text(root.path("text"), "content");
                yield text == null ? "[Empty message]" : text.strip();
            }
            case "picture" -> "[Picture]";
            case "audio" -> {
                String recognition = text(content, "recognition");
                yield recognition == null ? "[Voice]" : "[Voice] " + recognition;
            }
            case "video" -> "[Video]";
            case "file" -> {
                String name = text(content, "fileName");
                yield name == null ? "[File]" : "[File] " + name;
            }
            case "richText" -> {
                List<String> parts = new ArrayList<>();
                for (JsonNode part : content.path("richText")) {
                    String text = text(part, "text");
                    if (text != null) {
                        parts.add(text.strip());
                    } else if (part.has("downloadCode") || "picture".equals(text(part, "type"))) {
                        parts.add("[Picture]");
                    }
                }
                yield parts.isEmpty() ? "[Rich text]" : String.join(" ", parts);
            }
            default -> "[" + type.replaceAll("[^A-Za-z0-9_-]", "") + "]";
        };
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            return null;
        }
        String text = value.asString();
        return text.isBlank() ? null : text;
    }

    private static DomainException malformed(String why) {
        return DomainException.invalid("dingtalk.malformed-callback", why);
    }
}
