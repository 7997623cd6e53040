package io.parley.knowledge.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.knowledge.model.CommitmentPolicy.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommitmentPolicyUnitTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Yes, the car is yours for $1.|PRICE", "That's a deal at US$ 10.|PRICE", "It costs ＄１ only|PRICE",
            "The Pro plan is ¥99 a month|PRICE", "专业版每月99元|PRICE", "只要十块钱|PRICE", "仅需一百元|PRICE",
            "Pay 20 dollars and it's yours|PRICE", "RMB 5 per unit|PRICE", "€3,50 per item|PRICE",
            "You get 50% off today|PRICE", "给您打八折|PRICE", "现在8折优惠|PRICE", "价格是 3 块钱|PRICE",
            "We accept US dollars|PRICE", "$\u200b1|PRICE", "$**1**|PRICE", "PayPal payments are free forever|PRICE",
            "这门课程完全免费|PRICE", "1,000円です|PRICE",
            "You will be refunded tomorrow|REFUND", "Your refund is approved|REFUND", "退款已批准|REFUND",
            "我们同意您的退款|REFUND", "We are obligated to deliver|LEGAL", "You have our word|LEGAL",
            "We will refund you the full amount.|REFUND", "I'll refund your order now|REFUND",
            "You will receive a full refund.|REFUND", "We'll compensate you for the delay|REFUND",
            "You get your money back|REFUND", "We will send a free replacement|REFUND",
            "我们会为您全额退款|REFUND", "已为您办理退款|REFUND", "我们将赔偿您的损失|REFUND", "给您补偿一张优惠券|REFUND",
            "可以免费更换|REFUND", "退款给您的账户|REFUND",
            "This is legally binding.|LEGAL", "This offer is legally binding, no takesies backsies|LEGAL",
            "We guarantee delivery tomorrow|LEGAL", "Your warranty covers it|LEGAL", "I promise it will work|LEGAL",
            "It's a deal!|LEGAL", "Deal.|LEGAL", "We are liable for the damage|LEGAL", "此承诺具有法律效力|LEGAL",
            "我们保证明天送达|LEGAL", "一言为定|LEGAL", "好的，成交|LEGAL", "我们同意您的要求|LEGAL",
            "LEGALLY **BINDING**|LEGAL", "le\u200bgally binding|LEGAL"})
    void findsTheCommitment(String answer, Kind kind) {
        assertThat(CommitmentPolicy.find(answer)).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Refunds arrive within 3 working days [1].", "一般1-3个工作日到账 [1]。",
            "退款一般1-3个工作日原路退回。", "Card refunds take up to 7 days [1]; others 3 days [2].",
            "You can track your parcel on the orders page.", "请在订单页面查看物流信息。",
            "Orders ship within 2 days and arrive in 3 to 5 days.", "Open Settings › Account to change your email.",
            "微信支付和支付宝一般1-3个工作日到账。", "The store opens at 9:00 and closes at 18:00."})
    void findsNoneInAPlainAnswer(String answer) {
        assertThat(CommitmentPolicy.find(answer)).isEmpty();
    }
}
