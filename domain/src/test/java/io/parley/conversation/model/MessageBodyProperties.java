package io.parley.conversation.model;

import static io.parley.shared.Trials.forAll;
import static io.parley.shared.Trials.oneOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.shared.DomainException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The length bound counts code points, so an emoji or a rare CJK ideograph counts once like a Latin letter. */
class MessageBodyProperties {

    /** Ranges of printable code points: Latin, CJK, emoji (two UTF-16 units each) and CJK extension B (also two). */
    private static final int[][] SCRIPTS = {{'a', 'z'}, {0x4E00, 0x9FFF}, {0x1F600, 0x1F64F}, {0x20000, 0x2A6DF}};

    @Test
    void acceptsExactlyTheTextsOfAtMostFourThousandCodePoints() {
        int[] seen = new int[2];
        forAll(random -> text(random, length(random)), text -> {
            int codePoints = text.codePointCount(0, text.length());
            if (codePoints <= MessageBody.MAX_LENGTH) {
                assertThat(new MessageBody(text).value()).isEqualTo(text);
                seen[0]++;
            } else {
                assertThatThrownBy(() -> new MessageBody(text))
                        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("message.too-long"));
                seen[1]++;
            }
        });
        assertThat(seen).as("accepted and refused samples").doesNotContain(0);
    }

    @Test
    void refusesAControlCharacterAnywhere() {
        forAll(random -> {
            String text = text(random, random.nextInt(1, 200));
            int at = text.offsetByCodePoints(0, random.nextInt(text.codePointCount(0, text.length()) + 1));
            char control = (char) oneOf(random, 0x00, 0x07, 0x08, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F, 0x85, 0x9F).intValue();
            return text.substring(0, at) + control + text.substring(at);
        }, text -> assertThatThrownBy(() -> new MessageBody(text))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("message.control-characters")));
    }

    @Test
    void keepsLineBreaksAndTabsWherever() {
        forAll(random -> {
            String text = text(random, random.nextInt(1, 200));
            int at = text.offsetByCodePoints(0, random.nextInt(text.codePointCount(0, text.length()) + 1));
            return text.substring(0, at) + oneOf(random, "\n", "\t", "\r\n") + text.substring(at);
        }, text -> assertThat(new MessageBody(text).value()).isEqualTo(text));
    }

    private static int length(SplittableRandom random) {
        return switch (random.nextInt(3)) {
            case 0 -> random.nextInt(1, 20);
            case 1 -> random.nextInt(MessageBody.MAX_LENGTH - 10, MessageBody.MAX_LENGTH + 11);
            default -> random.nextInt(1, 2 * MessageBody.MAX_LENGTH);
        };
    }

    /** {@code codePoints} printable, non-blank code points, mixing scripts within one text. */
    private static String text(SplittableRandom random, int codePoints) {
        var text = new StringBuilder();
        int[] script = SCRIPTS[random.nextInt(SCRIPTS.length)];
        for (int i = 0; i < codePoints; i++) {
            if (random.nextInt(50) == 0) {
                script = SCRIPTS[random.nextInt(SCRIPTS.length)];
            }
            text.appendCodePoint(random.nextInt(script[0], script[1] + 1));
        }
        return text.toString();
    }
}
