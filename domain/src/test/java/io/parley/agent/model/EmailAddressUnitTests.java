package io.parley.agent.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressUnitTests {

    @Test
    void keepsAddressInLowerCaseSoSignInIgnoresCase() {
        assertThat(new EmailAddress("  Ada.Lovelace@Example.COM ")).isEqualTo(new EmailAddress("ada.lovelace@example.com"));
        assertThat(new EmailAddress("Ada@Example.com").value()).isEqualTo("ada@example.com");
    }

    @Test
    void acceptsLocalPartOfSixtyFourCharacters() {
        assertThat(new EmailAddress("a".repeat(64) + "@example.com").value()).startsWith("a".repeat(64));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"ada", "ada@", "@example.com", "ada@example", "ada@@example.com", "ada lovelace@example.com",
            "ada@example.", "ada@.com"})
    void rejectsMalformedAddress(String raw) {
        assertThatThrownBy(() -> new EmailAddress(raw))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("agent.invalid-email");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                });
    }

    @Test
    void rejectsLocalPartLongerThanSixtyFourCharacters() {
        assertThatThrownBy(() -> new EmailAddress("a".repeat(65) + "@example.com")).isInstanceOf(DomainException.class);
    }
}
