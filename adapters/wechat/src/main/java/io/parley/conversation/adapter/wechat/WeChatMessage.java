package io.parley.conversation.adapter.wechat;

import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A message of a WeChat user as Parley stores it: the OpenID, WeChat's id for the message and its text. Text is
 * stored as written; what is not text becomes a line that says what it was, with its link or media id, so that an
 * agent sees it arrived: {@code [Image] <PicUrl>}, a voice message's recognised text or {@code [Voice] <MediaId>},
 * {@code [Video] <MediaId>}, {@code [Location] <label> (<latitude>, <longitude>)}, {@code [Link] <title> <url>}, a Mini Program card as {@code [Mini program page] <Title> <PagePath>}, and
 * {@code [<MsgType>] <MediaId>} for any other type. Events (subscribe, unsubscribe, menu clicks, scans, reported
 * locations) are no messages: {@link #of} gives nothing for them, and the callback acknowledges them.
 *
 * @param platformMessageId {@code MsgId}, or {@code FromUserName:CreateTime} for a message without one
 */
record WeChatMessage(String openId, String platformMessageId, String body) {

    /** The message in the callback's fields, or nothing for an event. */
    static Optional<WeChatMessage> of(Map<String, String> fields) {
        String type = field(fields, "MsgType");
        String openId = field(fields, "FromUserName");
        if (type == null || openId == null) {
            throw new io.parley.shared.DomainException(io.parley.shared.DomainException.Kind.INVALID,
                    WeChatXml.MALFORMED, "the callback XML has no MsgType or FromUserName");
        }
        if (type.equals("event")) {
            return Optional.empty();
        }
        String msgId = field(fields, "MsgId");
        String id = msgId != null ? msgId : openId + ":" + Optional.ofNullable(field(fields, "CreateTime")).orElse("0");
        return Optional.of(new WeChatMessage(openId, id, body(type, fields).strip()));
    }

    static String body(String type, Map<String, String> fields) {
        return switch (type) {
            case "text" -> Optional.ofNullable(field(fields, "Content")).orElse("[Text]");
            case "image" -> "[Image] " + first(fields, "PicUrl", "MediaId");
            case "voice" -> Optional.ofNullable(field(fields, "Recognition"))
                    .orElseGet(() -> "[Voice] " + first(fields, "MediaId"));
            case "video", "shortvideo" -> "[Video] " + first(fields, "MediaId");
            case "location" -> ("[Location] " + Optional.ofNullable(field(fields, "Label")).orElse("")
                    + " (" + first(fields, "Location_X") + ", " + first(fields, "Location_Y") + ")")
                    .replace("]  (", "] (");
            case "link" -> "[Link] " + first(fields, "Title") + " " + first(fields, "Url");
            case "miniprogrampage" -> "[Mini program page] " + first(fields, "Title") + " " + first(fields, "PagePath");
            default -> "[" + type + "] " + first(fields, "MediaId", "Content");
        };
    }

    private static String first(Map<String, String> fields, String... names) {
        for (String name : names) {
            String value = field(fields, name);
            if (value != null) {
                return value;
            }
        }
        return "";
    }

    private static @Nullable String field(Map<String, String> fields, String name) {
        String value = fields.get(name);
        return value == null || value.isBlank() ? null : value;
    }
}
