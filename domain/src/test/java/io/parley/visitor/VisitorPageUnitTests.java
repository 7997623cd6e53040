package io.parley.visitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class VisitorPageUnitTests {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void blankFieldsCountAsMissingAndTextIsKeptAsGiven() {
        var page = new VisitorPage(" https://shop.example/ ", "<script>x</script>", "  ", null, T0);

        assertThat(page.url()).isEqualTo("https://shop.example/");
        assertThat(page.title()).isEqualTo("<script>x</script>");
        assertThat(page.referrer()).isNull();
        assertThat(page.userAgent()).isNull();
    }

    @Test
    void overlongFieldsAreCutToTheirBound() {
        var page = new VisitorPage("https://x/" + "a".repeat(5000), "t".repeat(1000), null, "u".repeat(900), T0);

        assertThat(page.url()).hasSize(VisitorPage.MAX_URL);
        assertThat(page.title()).hasSize(VisitorPage.MAX_TITLE);
        assertThat(page.userAgent()).hasSize(VisitorPage.MAX_USER_AGENT);
    }
}
