package io.parley.conversation.adapter.feishu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FeishuMessagesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode message(String type, String content, String mentions) {
        return JSON.readTree("{\"message_id\":\"om_1\",\"message_type\":\"" + type + "\",\"content\":"
                + JSON.writeValueAsString(content) + ",\"mentions\":" + mentions + "}");
    }

    @Test
    void aTextMessageIsItsTextWithMentionsByName() {
        assertThat(FeishuMessages.text(message("text", "{\"text\":\"@_user_1 where is my order?\"}",
                "[{\"key\":\"@_user_1\",\"name\":\"Support bot\"}]"), 4000)).isEqualTo("@Support bot where is my order?");
        assertThat(FeishuMessages.text(message("text", "{\"text\":\"  hello  \"}", "[]"), 4000)).isEqualTo("hello");
    }

    @Test
    void otherMessagesBecomeALineNamingThem() {
        assertThat(FeishuMessages.text(message("image", "{\"image_key\":\"img_v2_1\"}", "[]"), 4000))
                .isEqualTo("[Image] img_v2_1");
        assertThat(FeishuMessages.text(message("file", "{\"file_key\":\"file_v2_1\",\"file_name\":\"a.pdf\"}", "[]"),
                4000)).isEqualTo("[File] a.pdf (file_v2_1)");
        assertThat(FeishuMessages.text(message("audio", "{\"file_key\":\"file_v2_2\",\"duration\":2000}", "[]"), 4000))
                .isEqualTo("[Voice] file_v2_2");
        assertThat(FeishuMessages.text(message("sticker", "{\"file_key\":\"s_1\"}", "[]"), 4000))
                .isEqualTo("[Sticker] s_1");
        assertThat(FeishuMessages.text(message("share_chat", "{\"chat_id\":\"oc_1\"}", "[]"), 4000))
                .isEqualTo("[Share chat]");
        assertThat(FeishuMessages.text(message("text", "not json", "[]"), 4000)).isEqualTo("[Text]");
    }

    @Test
    void aRichTextMessageIsItsTitleAndParagraphs() {
        String post = "{\"title\":\"Order\",\"content\":[[{\"tag\":\"text\",\"text\":\"Number \"},"
                + "{\"tag\":\"a\",\"text\":\"42\",\"href\":\"https://x\"}],[{\"tag\":\"img\",\"image_key\":\"img_2\"}]]}";
        assertThat(FeishuMessages.text(message("post", post, "[]"), 4000))
                .isEqualTo("Order\nNumber 42\n[Image] img_2");
    }

    @Test
    void anOverLongTextIsCutToTheLimit() {
        String text = FeishuMessages.text(message("text", "{\"text\":\"" + "x".repeat(5000) + "\"}", "[]"), 4000);
        assertThat(text).hasSize(4000).endsWith("…");
    }
}
