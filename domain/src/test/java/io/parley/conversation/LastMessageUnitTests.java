package io.parley.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LastMessageUnitTests {

    private static final Instant AT = Instant.parse("2026-01-05T09:00:00Z");

    @Test
    void keepsShortTextAndFlattensLineBreaks() {
        assertThat(LastMessage.of(AuthorKind.VISITOR, "  hello\n\nthere  ", AT).text()).isEqualTo("hello there");
    }

    @Test
    void cutsAfterOneHundredTwentyCharactersNeverInsideAnEmoji() {
        String text = LastMessage.of(AuthorKind.AGENT, "📦".repeat(200), AT).text();

        assertThat(text).isEqualTo("📦".repeat(LastMessage.MAX_TEXT) + "…");
        assertThat(LastMessage.of(AuthorKind.AGENT, "a".repeat(120), AT).text()).isEqualTo("a".repeat(120));
    }
}
