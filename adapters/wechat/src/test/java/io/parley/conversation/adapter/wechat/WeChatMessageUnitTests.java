package io.parley.conversation.adapter.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.conversation.SendOutcome;
import io.parley.shared.DomainException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** WeChat's callback XML as the messages Parley stores, and WeChat's send answers as outcomes. */
class WeChatMessageUnitTests {

    private static String xml(String type, String extra) {
        return "<xml><ToUserName><![CDATA[gh_1]]></ToUserName><FromUserName><![CDATA[oUser-1_x]]></FromUserName>"
                + "<CreateTime>1700000000</CreateTime><MsgType><![CDATA[" + type + "]]></MsgType>" + extra + "</xml>";
    }

    private static WeChatMessage message(String type, String extra) {
        return WeChatMessage.of(WeChatXml.fields(xml(type, extra))).orElseThrow();
    }

    @Test
    void eachMessageTypeBecomesTextWithWeChatsIds() {
        WeChatMessage text = message("text", "<Content><![CDATA[你好 <b>]]></Content><MsgId>1234567890123456</MsgId>");
        assertThat(text).isEqualTo(new WeChatMessage("oUser-1_x", "1234567890123456", "你好 <b>"));
        assertThat(message("image", "<PicUrl><![CDATA[http://mmbiz.qpic.cn/a.jpg]]></PicUrl><MediaId>m1</MediaId>"
                + "<MsgId>2</MsgId>").body()).isEqualTo("[Image] http://mmbiz.qpic.cn/a.jpg");
        assertThat(message("voice", "<MediaId>v1</MediaId><Format>amr</Format><Recognition><![CDATA[打开]]>"
                + "</Recognition><MsgId>3</MsgId>").body()).isEqualTo("打开");
        assertThat(message("voice", "<MediaId>v1</MediaId><Format>amr</Format><MsgId>4</MsgId>").body())
                .isEqualTo("[Voice] v1");
        assertThat(message("video", "<MediaId>v2</MediaId><MsgId>5</MsgId>").body()).isEqualTo("[Video] v2");
        assertThat(message("location", "<Location_X>23.13</Location_X><Location_Y>113.26</Location_Y>"
                + "<Label><![CDATA[Guangzhou]]></Label><MsgId>6</MsgId>").body())
                .isEqualTo("[Location] Guangzhou (23.13, 113.26)");
        assertThat(message("link", "<Title>Docs</Title><Url>https://example.com/d</Url><MsgId>7</MsgId>").body())
                .isEqualTo("[Link] Docs https://example.com/d");
        assertThat(message("file", "<MediaId>f1</MediaId><MsgId>8</MsgId>").body()).isEqualTo("[file] f1");
        assertThat(message("text", "<Content>no id</Content>").platformMessageId()).isEqualTo("oUser-1_x:1700000000");
    }

    @Test
    void eventsAreNoMessages() {
        assertThat(WeChatMessage.of(WeChatXml.fields(xml("event", "<Event><![CDATA[subscribe]]></Event>"))))
                .isEmpty();
        assertThat(WeChatMessage.of(WeChatXml.fields(xml("event", "<Event>unsubscribe</Event>")))).isEmpty();
    }

    @Test
    void malformedXmlAndEntityDeclarationsAreRefused() {
        assertThatThrownBy(() -> WeChatXml.fields("<xml><Content>unclosed</xml>")).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo(WeChatXml.MALFORMED);
        assertThatThrownBy(() -> WeChatXml.fields("<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY x SYSTEM"
                + " \"file:///etc/passwd\">]><xml><Content>&x;</Content></xml>")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> WeChatXml.fields("<other/>")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> WeChatMessage.of(Map.of("Content", "x"))).isInstanceOf(DomainException.class);
    }

    @Test
    void wechatsAnswersBecomeOutcomes() {
        assertThat(WeChatSender.outcome(new WeChatSender.Answer(200, 0, "ok"))).isInstanceOf(SendOutcome.Sent.class);
        assertThat(WeChatSender.outcome(new WeChatSender.Answer(200, 45015, "response out of time limit")))
                .isEqualTo(SendOutcome.Failed.permanentFailure(WeChatSender.OUTSIDE_WINDOW));
        assertThat(WeChatSender.outcome(new WeChatSender.Answer(200, 45047, "out of response count limit")))
                .isEqualTo(SendOutcome.Failed.transientFailure(
                        "WeChat refused the message: 45047 out of response count limit"));
        assertThat(((SendOutcome.Failed) WeChatSender.outcome(new WeChatSender.Answer(200, 45009, "api freq")))
                .permanent()).isFalse();
        assertThat(((SendOutcome.Failed) WeChatSender.outcome(new WeChatSender.Answer(200, 40003, "invalid openid")))
                .permanent()).isTrue();
        assertThat(((SendOutcome.Failed) WeChatSender.outcome(new WeChatSender.Answer(502, -1, ""))).permanent())
                .isFalse();
    }
}
