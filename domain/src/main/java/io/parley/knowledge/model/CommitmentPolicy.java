package io.parley.knowledge.model;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether an answer commits the company, in English or Chinese. Only a person may do that, so a language model's
 * answer that does is not sent: the bot hands over (see {@link ModelOutputPolicy}). Three kinds, matched on the
 * text as read ({@link FoldedText}: full-width forms, any case, invisible characters and Markdown emphasis ignored):
 * <ul>
 * <li>{@link Kind#PRICE}: an amount of money ({@code $1}, {@code US$ 10}, {@code ¥99}, {@code 99元}, {@code 十块钱},
 * {@code 20 dollars}, {@code RMB 5}, {@code €3}), a currency named at all ({@code 美元}, {@code dollars}), a
 * discount ({@code 50% off}, {@code 打八折}), or something free ({@code it's free}, {@code 免费}; "feel free to" is
 * not);</li>
 * <li>{@link Kind#REFUND}: a refund, compensation or free replacement promised to the visitor ({@code we will refund
 * you}, {@code full refund}, {@code compensation}, {@code money back}, {@code 为您退款}, {@code 全额退款},
 * {@code 赔偿}, {@code 补偿}, {@code 免费更换}); saying how refunds work ("refunds arrive within 3 working days",
 * "退款一般1-3个工作日到账") is not a promise;</li>
 * <li>{@link Kind#LEGAL}: binding or legal language and guarantees ({@code legally binding}, {@code guarantee},
 * {@code warranty}, {@code contract}, {@code liable}, {@code we promise}, {@code it's a deal}, {@code 法律效力},
 * {@code 保证}, {@code 承诺}, {@code 担保}, {@code 合同}, {@code 一言为定}, {@code 成交}).</li>
 * </ul>
 * Negations are not weighed: "we cannot guarantee" hands over too, which errs on the side of a person answering.
 */
public final class CommitmentPolicy {

    public enum Kind { PRICE, REFUND, LEGAL }

    private static final String HAN_NUMBER = "[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]";
    private static final String CURRENCY_WORD = "美元|美金|欧元|英镑|日元|韩元|港币|港元|台币|卢布|人民币|rmb|cny|usd|eur|gbp|jpy|hkd"
            + "|dollars?|bucks|euros?|yuan|cents?|pounds? sterling";

    private static final Pattern PRICE = Pattern.compile(String.join("|",
            // a currency sign or code before an amount: $1, us$ 10, ¥99, rmb 5, €3, ￡2 (folded to £)
            "[$¥€£₹₩₽₱฿]\\s?[0-9]",
            "\\b(?:rmb|cny|usd|eur|gbp|jpy|hkd|aud|cad|sgd)\\s?[0-9]",
            // an amount before a currency: 5 dollars, 99元, 10 usd, 3块钱, 8块
            "[0-9](?:[0-9,.\\s]{0,12}[0-9])?\\s?(?:[$¥€£]|元|圆|角钱|毛钱|块钱|块(?![\\p{IsHan}])|" + CURRENCY_WORD + ")",
            // a Chinese amount: 十块钱, 一百元, 五毛
            HAN_NUMBER + "+\\s?(?:元|圆|块钱|毛钱|角钱|美元|欧元|英镑|港币|人民币)",
            // a currency named at all
            "(?<![a-z])(?:" + CURRENCY_WORD.replace("|cents?", "") + ")(?![a-z])",
            // a discount: 50% off, 20 percent discount, 打八折, 8折
            "[0-9]+\\s?(?:%|percent)\\s?(?:off|discount)",
            "打\\s?(?:[0-9.]+|" + HAN_NUMBER + "+)\\s?折",
            "[0-9]+(?:\\.[0-9])?\\s?折(?!叠|断|射|腾|返|线)",
            // something given for nothing: "it's free", "completely free", 免费
            "\\b(?:is|are|be|it's|its|for|completely|totally|entirely|always|forever) free\\b(?! to\\b)", "免费",
            "[0-9](?:[0-9,.]{0,12}[0-9])?\\s?円"));

    private static final Pattern REFUND = Pattern.compile(String.join("|",
            "\\b(?:we|i)(?:'ll|'d| will| would| shall| can| could| are going to| am going to| have| will be)?"
                    + "(?: \\w+){0,3} (?:refund|reimburse|compensate|waive|pay you|pay for|cover)",
            "\\bcredit (?:you|your)\\b",
            "refund(?:ed)? (?:you|your)\\b", "\\byour (?:refund|compensation|reimbursement) (?:is|has|was|will)",
            "\\byou(?:'ll| will| shall| are going to)?(?: \\w+){0,2} (?:get|receive|be given|be issued|be paid)"
                    + "(?: \\w+){0,3} (?:refund|compensation|reimbursement|credit|voucher|coupon|replacement)",
            "\\b(?:full|partial|immediate|instant) (?:refund|reimbursement)",
            "\\byou(?:'ll| will| are going to)? be (?:fully |partly |partially )?(?:refunded|reimbursed|compensated)",
            "\\brefund (?:is|has been|was|will be) (?:approved|issued|processed|granted|confirmed|on its way)",
            "\\b(?:issue|process|approve|grant|arrange|initiate)(?:d)? (?:a|your|the|you a) (?:full )?refund",
            "\\bcompensat(?:e|ion|ing)\\b", "\\breimburs", "\\bmoney back\\b", "\\bfree (?:of charge|replacement|repair)",
            "给您退款|为您退款|帮您退款|给你退款|为你退款|退款给您|退款给你|退还给您|退还给你|退您|退你",
            "全额退款|全款退|部分退款|立即退款|马上退款|(?:已|会|将|可以)(?:为您|给您)?(?:办理|安排|申请)退款",
            "赔偿|补偿|赔付|包赔|赔您|赔你|退一赔|返现|免单|报销",
            "退款已(?:批准|通过|同意|办理|处理|受理)|(?:同意|批准)(?:了)?(?:您的|你的)?退款",
            "免费(?:更换|换新|补发|赠送|送您|维修|升级)|给您(?:补发|换新|重发)"));

    private static final Pattern LEGAL = Pattern.compile(String.join("|",
            "\\blegal(?:ly)?\\b", "\\bbinding\\b", "\\bguarant(?:ee|eed|ees|y)\\b", "\\bwarrant(?:y|ies|ed)?\\b",
            "\\bcontract(?:ual|ually)?\\b", "\\bliab(?:le|ility)\\b", "\\bindemn", "\\birrevocabl",
            "\\b(?:we|i) (?:promise|commit|pledge|assure|agree|accept)\\b", "\\bpromise you\\b", "\\bmy word\\b",
            "\\b(?:it's|its|it is|that's|thats|that is|a) deal\\b", "^\\s*(?:deal|agreed)\\b", "\\bdeal[!.]",
            "\\bno takes(?:ies)? ?backs(?:ies)?\\b", "\\bno take ?backs\\b", "\\boffer (?:is|stands)\\b",
            "\\bobligat", "\\bour word\\b", "\\bbinds? (?:us|the company)\\b",
            "法律|约束力|有效力|保证|担保|承诺|保修|包退|包换|合同|契约|协议生效|一言为定|说定了|成交|就这么定|负责到底|违约|我们同意|我同意|签约|不可撤销|义务"));

    private CommitmentPolicy() {}

    /** The first kind of commitment the text makes, if any. */
    public static Optional<Kind> find(String text) {
        // emphasis and line breaks do not change what a sentence says: "legally **binding**", "$\n1"
        String read = FoldedText.of(text).folded().replaceAll("[*_~`]", "").replaceAll("\\s+", " ")
                .replace('’', '\'');
        if (REFUND.matcher(read).find()) {
            return Optional.of(Kind.REFUND);
        }
        if (PRICE.matcher(read).find()) {
            return Optional.of(Kind.PRICE);
        }
        return LEGAL.matcher(read).find() ? Optional.of(Kind.LEGAL) : Optional.empty();
    }
}
