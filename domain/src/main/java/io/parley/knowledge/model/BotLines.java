package io.parley.knowledge.model;

/** The bot's own sentences, in the script of the visitor's message (Chinese for any Han character, else English). */
public final class BotLines {

    private BotLines() {}

    public static String handingOver(Script script) {
        return script == Script.HAN
                ? "好的，正在为您转接人工客服，请稍候，工作人员会尽快回复您。"
                : "I'm passing you to a member of our team; a person will reply here shortly.";
    }

    public static String greeting(Script script) {
        return script == Script.HAN
                ? "您好！请直接输入您的问题，我会尽力解答；需要人工服务请回复“人工”。"
                : "Hello! Type your question and I'll do my best to answer; reply \"human\" to talk to a person.";
    }

    /**
     * A document passage as the bot's answer: the passage's text verbatim, then the document's title, so that the
     * visitor knows where it comes from. The title is the administrator's; nothing here is markup.
     */
    public static String quoting(Script script, String text, String documentTitle) {
        return script == Script.HAN
                ? text + "\n\n（摘自《" + documentTitle + "》）"
                : text + "\n\n(From \u201c" + documentTitle + "\u201d)";
    }

    /** A VIP visitor is passed to a person before the bot says anything else. */
    public static String vipHandingOver(Script script) {
        return script == Script.HAN
                ? "您好，您是我们的贵宾客户，正在为您优先转接人工客服，请稍候。"
                : "Hello! As a valued customer you are being connected to a member of our team right away.";
    }
}
