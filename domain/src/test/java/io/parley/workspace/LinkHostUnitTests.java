package io.parley.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.shared.DomainException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkHostUnitTests {

    @Test
    void matchesExactlyTheHostWrittenInAnyCase() {
        var host = new LinkHost(" Help.Example.COM. ");

        assertThat(host.value()).isEqualTo("help.example.com");
        assertThat(host.matches("HELP.example.com")).isTrue();
        assertThat(host.matches("help.example.com.")).isTrue();
        assertThat(host.matches("example.com")).isFalse();
        assertThat(host.matches("evil.help.example.com")).isFalse();
        assertThat(host.matches("help.example.com.evil.net")).isFalse();
    }

    @Test
    void aWildcardMatchesTheHostsBelowItOnly() {
        var host = new LinkHost("*.Example.com");

        assertThat(host.matches("help.example.com")).isTrue();
        assertThat(host.matches("a.b.example.com")).isTrue();
        assertThat(host.matches("example.com")).isFalse();
        assertThat(host.matches("evilexample.com")).isFalse();
    }

    @Test
    void keepsAnInternationalisedNameInItsAsciiForm() {
        var host = new LinkHost("帮助.例子.中国");

        assertThat(host.value()).startsWith("xn--");
        assertThat(host.matches("帮助.例子.中国")).isTrue();
        assertThat(host.matches(host.value())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "https://help.example.com", "help.example.com/path", "help.example.com:443",
            "user@help.example.com", "*.com", "*", "exa mple.com", "-bad.example.com", "*.*.example.com"})
    void refusesWhatIsNotAHostName(String raw) {
        assertThatThrownBy(() -> new LinkHost(raw)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("workspace.invalid-link-host"));
    }

    @Test
    void aWorkspaceViewAllowsLinksToItsHostsOnly() {
        var view = new WorkspaceView(io.parley.shared.WorkspaceId.random(), "Acme", List.of(),
                List.of("help.example.com", "*.cdn.example.net"), Instant.EPOCH);

        assertThat(view.allowsLinkTo("help.example.com")).isTrue();
        assertThat(view.allowsLinkTo("img.cdn.example.net")).isTrue();
        assertThat(view.allowsLinkTo("evil.example.com")).isFalse();
        assertThat(new WorkspaceView(view.id(), "Acme", List.of(), Instant.EPOCH).allowsLinkTo("help.example.com"))
                .isFalse();
    }
}
