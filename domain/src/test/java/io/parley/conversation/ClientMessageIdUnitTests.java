package io.parley.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ClientMessageIdUnitTests {

    @ParameterizedTest
    @ValueSource(strings = {"a", "0f8fad5b-d9cb-469f-a165-70867728950e", "web:42", "m_1.retry-2"})
    void acceptsLettersDigitsAndSeparators(String value) {
        assertThat(new ClientMessageId(value).value()).isEqualTo(value);
    }

    @Test
    void acceptsSixtyFourCharacters() {
        assertThat(new ClientMessageId("x".repeat(64)).value()).hasSize(64);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "has space", "a/b", "emoji😀", "中文", "a\nb", "semi;colon"})
    void rejectsOtherCharacters(String value) {
        assertThatThrownBy(() -> new ClientMessageId(value))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("message.invalid-client-id");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                });
    }

    @Test
    void rejectsSixtyFiveCharacters() {
        assertThatThrownBy(() -> new ClientMessageId("x".repeat(65))).isInstanceOf(DomainException.class);
    }
}
