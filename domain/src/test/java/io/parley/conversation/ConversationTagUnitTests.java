package io.parley.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.shared.DomainException;
import org.junit.jupiter.api.Test;

class ConversationTagUnitTests {

    @Test
    void keepsATagStrippedAndInLowerCase() {
        assertThat(new ConversationTag("  VIP customer ").value()).isEqualTo("vip customer");
        assertThat(new ConversationTag("退货").value()).isEqualTo("退货");
        assertThat(new ConversationTag("order-42_b")).isEqualTo(new ConversationTag("ORDER-42_B"));
    }

    @Test
    void rejectsMarkupPunctuationEmptinessAndLength() {
        for (String bad : new String[] {"<script>", "a,b", "", "  ", "-vip", "x".repeat(33), "v\ti\np"}) {
            assertThatThrownBy(() -> new ConversationTag(bad))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.code()).isEqualTo("conversation.invalid-tag"));
        }
    }
}
