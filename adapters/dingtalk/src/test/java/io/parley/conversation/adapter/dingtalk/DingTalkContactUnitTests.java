package io.parley.conversation.adapter.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DingTalkContactUnitTests {

    @Test
    void aGroupIsOneContactWhoseIdTurnsBackIntoTheConversationId() {
        String cid = "cidXz+9/AbC==";
        String external = DingTalkContact.group(cid).orElseThrow();
        assertThat(external).isEqualTo("group:cidXz+9_AbC..").matches("[A-Za-z0-9._:@+-]{1,128}");
        assertThat(DingTalkContact.openConversationId(external)).contains(cid);
        assertThat(DingTalkContact.isGroup(external)).isTrue();
        assertThat(DingTalkContact.group("not base64!")).isEmpty();
    }

    @Test
    void aUserIsTheirStaffIdOrADigestOfTheirSenderId() {
        assertThat(DingTalkContact.user("manager4220", "$:LWCP_v1:$abc")).contains("manager4220");
        String digest = DingTalkContact.user(null, "$:LWCP_v1:$abc").orElseThrow();
        assertThat(digest).startsWith("uid:").hasSize(44).matches("[A-Za-z0-9._:@+-]{1,128}");
        assertThat(DingTalkContact.hasStaffId(digest)).isFalse();
        assertThat(DingTalkContact.hasStaffId("manager4220")).isTrue();
        assertThat(DingTalkContact.user(null, null)).isEmpty();
    }

    @Test
    void onlyTheConfiguredHostsSessionWebhooksAreCalled() {
        String base = "https://api.dingtalk.com";
        assertThat(DingTalkSettings.allowedSessionWebhook("https://oapi.dingtalk.com/robot/sendBySession?session=x",
                base, "oapi.dingtalk.com")).isTrue();
        assertThat(DingTalkSettings.allowedSessionWebhook("http://oapi.dingtalk.com/robot/sendBySession?session=x",
                base, "oapi.dingtalk.com")).isFalse();
        assertThat(DingTalkSettings.allowedSessionWebhook("https://169.254.169.254/latest", base,
                "oapi.dingtalk.com")).isFalse();
        assertThat(DingTalkSettings.allowedSessionWebhook("https://oapi.dingtalk.com@evil.example/x", base,
                "oapi.dingtalk.com")).isFalse();
        assertThat(DingTalkSettings.allowedSessionWebhook("http://127.0.0.1:8123/session", "http://127.0.0.1:8123",
                "oapi.dingtalk.com")).isTrue();
        assertThat(DingTalkSettings.allowedSessionWebhook("http://127.0.0.1:9999/session", "http://127.0.0.1:8123",
                "oapi.dingtalk.com")).isFalse();
    }

    @Test
    void aCallbacksMessageBecomesTextForAgents() {
        var text = DingTalkCallback.parse("""
                {"msgId":"m1","msgtype":"text","text":{"content":" hello "},"senderStaffId":"s1","senderNick":"Li",
                 "conversationType":"2","conversationId":"cid1","sessionWebhookExpiredTime":1700000000000}"""
                .getBytes());
        assertThat(text.textForAgents()).isEqualTo("Li: hello");
        assertThat(text.sessionWebhookExpiredTime()).isEqualTo(1700000000000L);
        var picture = DingTalkCallback.parse("""
                {"msgId":"m2","msgtype":"picture","content":{"downloadCode":"x"},"conversationType":"1"}""".getBytes());
        assertThat(picture.textForAgents()).isEqualTo("[Picture]");
        var file = DingTalkCallback.parse("""
                {"msgId":"m3","msgtype":"file","content":{"fileName":"a.pdf"}}""".getBytes());
        assertThat(file.text()).isEqualTo("[File] a.pdf");
    }
}
