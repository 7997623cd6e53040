package io.parley.conversation.adapter.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.shared.DomainException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A Mini Program's pushed JSON (or XML) as the messages Parley stores. */
class WeChatMiniProgramMessageUnitTests {

    @Test
    void jsonFieldsBecomeTheSameMessagesAsXml() {
        String json = "{\"ToUserName\":\"gh_mini\",\"FromUserName\":\"oMini_1\",\"CreateTime\":1700000000,"
                + "\"MsgType\":\"miniprogrampage\",\"MsgId\":6543210987654321,\"Title\":\"订单\",\"AppId\":\"wx1\","
                + "\"PagePath\":\"pages/index?id=1\",\"ThumbUrl\":\"\",\"ThumbMediaId\":\"t1\"}";
        assertThat(WeChatMessage.of(WeChatMiniProgramCallbackController.fields(json)))
                .contains(new WeChatMessage("oMini_1", "6543210987654321", "[Mini program page] 订单 pages/index?id=1"));
        String xml = "<xml><FromUserName><![CDATA[oMini_1]]></FromUserName><MsgType><![CDATA[text]]></MsgType>"
                + "<Content><![CDATA[hi]]></Content><MsgId>7</MsgId></xml>";
        assertThat(WeChatMessage.of(WeChatMiniProgramCallbackController.fields(xml)))
                .contains(new WeChatMessage("oMini_1", "7", "hi"));
    }

    @Test
    void enteringTheChatIsAnEventAndBrokenJsonIsRefused() {
        assertThat(WeChatMessage.of(WeChatMiniProgramCallbackController.fields("{\"FromUserName\":\"o1\","
                + "\"MsgType\":\"event\",\"Event\":\"user_enter_tempsession\",\"SessionFrom\":\"\"}")))
                .isEqualTo(Optional.empty());
        assertThatThrownBy(() -> WeChatMiniProgramCallbackController.fields("[1, 2]"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(WeChatMiniProgramCallbackController.MALFORMED_JSON));
        assertThatThrownBy(() -> WeChatMiniProgramCallbackController.fields("{\"MsgType\":"))
                .isInstanceOf(DomainException.class);
    }
}
