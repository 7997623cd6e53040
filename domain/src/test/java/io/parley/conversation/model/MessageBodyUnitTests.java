package io.parley.conversation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MessageBodyUnitTests {

    @Test
    void keepsTheTextExactlyAsWritten() {
        var text = "  Hello <script>alert(1)</script>\n\tsecond line  ";

        assertThat(new MessageBody(text).value()).isEqualTo(text);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\n\t\r", "\u3000"})
    void rejectsEmptyOrBlankText(String text) {
        assertThatThrownBy(() -> new MessageBody(text))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("message.empty");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                });
    }

    @Test
    void acceptsFourThousandCharacters() {
        assertThat(new MessageBody("a".repeat(MessageBody.MAX_LENGTH)).value()).hasSize(4000);
    }

    @Test
    void rejectsFourThousandAndOneCharacters() {
        assertThatThrownBy(() -> new MessageBody("a".repeat(MessageBody.MAX_LENGTH + 1)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("message.too-long"));
    }

    @Test
    void countsAnEmojiAsOneCharacterThoughJavaStoresItInTwo() {
        var emoji = "😀".repeat(MessageBody.MAX_LENGTH);

        assertThat(emoji.length()).isEqualTo(8000);
        assertThat(new MessageBody(emoji).value()).isEqualTo(emoji);
        assertThatThrownBy(() -> new MessageBody(emoji + "😀")).isInstanceOf(DomainException.class);
    }

    @Test
    void countsChineseCharactersOneEach() {
        assertThat(new MessageBody("你".repeat(MessageBody.MAX_LENGTH)).value()).hasSize(4000);
        assertThatThrownBy(() -> new MessageBody("你".repeat(MessageBody.MAX_LENGTH + 1))).isInstanceOf(DomainException.class);
    }

    @Test
    void allowsLineBreaksAndTabs() {
        assertThat(new MessageBody("line one\r\nline two\tend").value()).contains("\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bell\u0007", "nul\u0000byte", "esc\u001b[2K", "del\u007f", "c1\u0085"})
    void rejectsControlCharacters(String text) {
        assertThatThrownBy(() -> new MessageBody(text))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("message.control-characters"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00A0", "\u200B", "\u00A0\u200B\u3000", "\uFEFF"})
    void rejectsTextMadeOnlyOfInvisibleSpaces(String text) {
        assertThatThrownBy(() -> new MessageBody(text))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("message.empty"));
    }

    @Test
    void rejectsALoneSurrogate() {
        assertThatThrownBy(() -> new MessageBody("broken \uD800 text"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("message.invalid-text"));
    }
}
