package io.parley.gateway.adapter.websocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.TextMessage;

class FrameAssemblerTests {

    private final FrameAssembler assembler = new FrameAssembler(10);

    @Test
    void passesWholeMessagesThroughAsTheyAre() {
        var whole = new TextMessage("0123456789");
        assertThat(assembler.accept(whole)).isSameAs(whole);
    }

    @Test
    void joinsTextParts() {
        assertThat(assembler.accept(new TextMessage("abc", false))).isNull();
        assertThat(assembler.accept(new TextMessage("def", false))).isNull();
        var whole = assembler.accept(new TextMessage("g", true));
        assertThat(whole).isInstanceOf(TextMessage.class);
        assertThat(((TextMessage) whole).getPayload()).isEqualTo("abcdefg");
    }

    @Test
    void joinsBinaryParts() {
        assertThat(assembler.accept(new BinaryMessage(new byte[] {1, 2}, false))).isNull();
        var whole = (BinaryMessage) assembler.accept(new BinaryMessage(new byte[] {3}, true));
        assertThat(whole.getPayload().array()).containsExactly(1, 2, 3);
    }

    @Test
    void refusesMessagesOverTheLimitCountedInUtf8Bytes() {
        // 4 characters, 12 bytes
        assertThatThrownBy(() -> assembler.accept(new TextMessage("你好你好")))
                .isInstanceOf(FrameAssembler.TooLargeException.class).hasMessageContaining("10 bytes");
    }

    @Test
    void refusesAMessageWhosePartsTogetherExceedTheLimit() {
        assembler.accept(new BinaryMessage(new byte[8], false));
        assertThatThrownBy(() -> assembler.accept(new BinaryMessage(new byte[3], true)))
                .isInstanceOf(FrameAssembler.TooLargeException.class);
    }

    @Test
    void startsAfreshAfterEachMessage() {
        assembler.accept(new TextMessage("12345", false));
        assembler.accept(new TextMessage("6", true));
        assertThat(assembler.accept(new TextMessage("0123456789"))).isNotNull();
    }

    @Test
    void countsUtf8LikeTheWire() {
        assertThat(FrameAssembler.utf8Length("a")).isEqualTo(1);
        assertThat(FrameAssembler.utf8Length("é")).isEqualTo(2);
        assertThat(FrameAssembler.utf8Length("你")).isEqualTo(3);
        assertThat(FrameAssembler.utf8Length("👋")).isEqualTo(4);
        String mixed = "a é 你 👋";
        assertThat(FrameAssembler.utf8Length(mixed)).isEqualTo(mixed.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }
}
