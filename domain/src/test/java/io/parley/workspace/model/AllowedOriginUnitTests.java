package io.parley.workspace.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AllowedOriginUnitTests {

    @ParameterizedTest
    @ValueSource(strings = {"https://shop.example.com", "http://localhost:8080", "http://127.0.0.1:3000",
            "https://[::1]:8443", "https://xn--fsqu00a.xn--0zwm56d"})
    void acceptsSchemeHostAndOptionalPort(String origin) {
        assertThat(new AllowedOrigin(origin).value()).isEqualTo(origin);
    }

    @Test
    void keepsOriginsInLowerCaseWithoutSurroundingSpace() {
        assertThat(new AllowedOrigin("  HTTPS://Shop.Example.COM ").value()).isEqualTo("https://shop.example.com");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"shop.example.com", "ftp://shop.example.com", "ws://shop.example.com",
            "https://shop.example.com/", "https://shop.example.com/widget", "https://shop.example.com?a=1",
            "https://shop.example.com#top", "https://user:pw@shop.example.com", "https://", "https://ex_ample.com",
            "https://shop example.com", "javascript:alert(1)", "**", "null"})
    void rejectsAnythingButAnOrigin(String raw) {
        assertThatThrownBy(() -> new AllowedOrigin(raw))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("workspace.invalid-origin");
                    assertThat(e.getMessage()).contains("scheme://host[:port]");
                });
    }

    @Test
    void rejectsEmptyPort() {
        assertThatThrownBy(() -> new AllowedOrigin("https://shop.example.com:")).isInstanceOf(DomainException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://shop.example.com:0", "https://shop.example.com:65536",
            "https://shop.example.com:99999"})
    void rejectsPortOutsideTheValidRange(String raw) {
        assertThatThrownBy(() -> new AllowedOrigin(raw)).isInstanceOf(DomainException.class);
    }

    @Test
    void defaultPortMatchesTheOriginBrowsersSend() {
        assertThat(new AllowedOrigin("https://shop.example.com:443").matches("https://shop.example.com")).isTrue();
        assertThat(new AllowedOrigin("http://shop.example.com:80").matches("http://shop.example.com")).isTrue();
    }

    @Test
    void matchesTheSameOriginIgnoringCase() {
        var allowed = new AllowedOrigin("https://shop.example.com");

        assertThat(allowed.matches("https://Shop.Example.com")).isTrue();
        assertThat(allowed.matches(" https://shop.example.com ")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://shop.example.com", "https://shop.example.com:8443", "https://evil.example.com",
            "https://shop.example.com.evil.com", "https://sub.shop.example.com", "null", ""})
    void doesNotMatchAnotherSchemeHostOrPort(String origin) {
        assertThat(new AllowedOrigin("https://shop.example.com").matches(origin)).isFalse();
    }

    @Test
    void wildcardMatchesEveryOrigin() {
        assertThat(new AllowedOrigin(" * ")).isEqualTo(AllowedOrigin.ANY);
        assertThat(AllowedOrigin.ANY.matches("https://anything.example")).isTrue();
        assertThat(AllowedOrigin.ANY.matches("null")).isTrue();
    }
}
