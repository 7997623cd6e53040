package io.parley.conversation.adapter.feishu;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The text Parley stores for a Feishu message: a text message's text (mentions as {@code @name}), a rich-text
 * ({@code post}) message's title and text, and a line naming anything else with Feishu's key for it, such as
 * {@code [Image] img_v2_…}, {@code [File] report.pdf (file_v2_…)} or {@code [Sticker] …}, so that nothing is dropped
 * silently (docs/channels.md).
 */
final class FeishuMessages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FeishuMessages() {}

    static String text(JsonNode message, int maxLength) {
        String type = message.path("message_type").asString("");
        JsonNode content = content(message.path("content").asString(""));
        String text = switch (type) {
            case "text" -> mentions(content.path("text").asString(""), message.path("mentions"));
            case "post" -> post(content, message.path("mentions"));
            case "image" -> "[Image] " + content.path("image_key").asString("");
            case "file" -> "[File] " + named(content);
            case "audio" -> "[Voice] " + content.path("file_key").asString("");
            case "media" -> "[Video] " + named(content);
            case "sticker" -> "[Sticker] " + content.path("file_key").asString("");
            default -> "[" + (type.isBlank() ? "Message" : label(type)) + "]";
        };
        text = text.strip();
        if (text.isEmpty()) {
            text = "[" + (type.isBlank() ? "Message" : label(type)) + "]";
        }
        return text.length() <= maxLength ? text : text.substring(0, maxLength - 1) + "…";
    }

    private static JsonNode content(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            return node == null ? JSON.createObjectNode() : node;
        } catch (JacksonException malformed) {
            return JSON.createObjectNode();
        }
    }

    private static String named(JsonNode content) {
        String name = content.path("file_name").asString("");
        String key = content.path("file_key").asString("");
        return name.isBlank() ? key : name + " (" + key + ")";
    }

    /** Feishu writes mentions as {@code @_user_1}: the mentioned user's name instead. */
    private static String mentions(String text, JsonNode mentions) {
        for (JsonNode mention : mentions) {
            String key = mention.path("key").asString("");
            if (!key.isEmpty()) {
                text = text.replace(key, "@" + mention.path("name").asString(""));
            }
        }
        return text;
    }

    /** A rich-text message: its title, then each paragraph's text, links and mentions; images as [Image]. */
    private static String post(JsonNode content, JsonNode mentions) {
        JsonNode body = content.has("content") ? content : firstLocale(content);
        List<String> lines = new ArrayList<>();
        String title = body.path("title").asString("");
        if (!title.isBlank()) {
            lines.add(title);
        }
        for (JsonNode paragraph : body.path("content")) {
            StringBuilder line = new StringBuilder();
            for (JsonNode element : paragraph) {
                switch (element.path("tag").asString("")) {
                    case "text", "a", "md" -> line.append(element.path("text").asString(""));
                    case "at" -> line.append('@').append(element.path("user_name").asString(
                            element.path("user_id").asString("")));
                    case "img" -> line.append("[Image] ").append(element.path("image_key").asString(""));
                    case "media" -> line.append("[Video] ").append(element.path("file_key").asString(""));
                    case "emotion" -> line.append('[').append(element.path("emoji_type").asString("")).append(']');
                    default -> { }
                }
            }
            lines.add(line.toString());
        }
        return mentions(String.join("\n", lines), mentions);
    }

    private static JsonNode firstLocale(JsonNode content) {
        for (JsonNode locale : content) {
            if (locale.isObject()) {
                return locale;
            }
        }
        return content;
    }

    /** {@code share_chat} → {@code Share chat}. */
    private static String label(String type) {
        String words = type.replace('_', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
