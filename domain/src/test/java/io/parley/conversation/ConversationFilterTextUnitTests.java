package io.parley.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.shared.DomainException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConversationFilterTextUnitTests {

    @Test
    void stripsTheSearchTextAndTreatsBlankAsNone() {
        assertThat(new ConversationFilter(Set.of(), null, false, null, null, "  mei@example.com ", null).text())
                .isEqualTo("mei@example.com");
        assertThat(new ConversationFilter(Set.of(), null, false, null, null, "   ", null).text()).isNull();
        assertThat(new ConversationFilter(Set.of(), null, false, null, null).text()).isNull();
    }

    @Test
    void rejectsASearchTextLongerThanTheLimit() {
        assertThatThrownBy(() -> new ConversationFilter(Set.of(), null, false, null, null, "x".repeat(201), null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("conversation.invalid-search"));
    }
}
