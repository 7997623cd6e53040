package io.parley.gateway.adapter.webui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageTemplateTests {

    @Test
    void theHashSourceIsTheBase64Sha256OfTheInlineScriptAsCspExpectsIt() {
        // the value browsers compute for <script>alert(1)</script>
        assertThat(PageTemplate.hashSource("alert(1)")).isEqualTo("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    }

    @Test
    void aValuePutIntoAnAttributeCannotCloseIt() {
        assertThat(PageTemplate.escapeAttribute("\"><script>x</script>&'"))
                .isEqualTo("&quot;&gt;&lt;script&gt;x&lt;/script&gt;&amp;&#39;");
    }

    @Test
    void theConsoleImportMapIsOnTheClasspathAndPointsAtTheWebJars() {
        assertThat(PageTemplate.read("parley-web-ui/importmap.json")).contains("\"lit\":\"/webjars/lit/index.js\"");
    }

    @Test
    void noPolicyAllowsInlineCodeOrEvalAndTheConsoleCannotBeFramed() {
        String console = ContentSecurityPolicy.console("'sha256-x'");
        for (String policy : new String[] {console, ContentSecurityPolicy.demo(), ContentSecurityPolicy.asset()}) {
            assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval", "*");
        }
        assertThat(console).contains("frame-ancestors 'none'", "script-src 'self' 'sha256-x'");
    }
}
