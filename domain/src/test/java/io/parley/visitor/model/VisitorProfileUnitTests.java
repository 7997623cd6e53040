package io.parley.visitor.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VisitorProfileUnitTests {

    @Test
    void everyFieldIsOptional() {
        assertThat(new VisitorProfile(null, null)).isEqualTo(VisitorProfile.ANONYMOUS);
    }

    @Test
    void blankFieldsCountAsMissing() {
        assertThat(new VisitorProfile("  ", "\t")).isEqualTo(VisitorProfile.ANONYMOUS);
    }

    @Test
    void stripsWhatWasGiven() {
        var profile = new VisitorProfile("  Li Wei ", " li.wei@example.com ");

        assertThat(profile.name()).isEqualTo("Li Wei");
        assertThat(profile.email()).isEqualTo("li.wei@example.com");
    }

    @Test
    void keepsMarkupAsPlainText() {
        assertThat(new VisitorProfile("<b>Eve</b>", null).name()).isEqualTo("<b>Eve</b>");
    }

    @Test
    void acceptsNameOfOneHundredCharacters() {
        assertThat(new VisitorProfile("n".repeat(VisitorProfile.MAX_NAME), null).name()).hasSize(100);
    }

    @Test
    void rejectsNameLongerThanOneHundredCharacters() {
        assertThatThrownBy(() -> new VisitorProfile("n".repeat(VisitorProfile.MAX_NAME + 1), null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("visitor.invalid-name"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-at-sign", "two@@example.com", "a@b", "a b@example.com", "@example.com", "a@.com"})
    void rejectsMalformedEmail(String email) {
        assertThatThrownBy(() -> new VisitorProfile(null, email))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("visitor.invalid-email"));
    }
}
