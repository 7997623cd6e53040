package io.parley.knowledge.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.knowledge.AnswerDraft;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The visitor never watches the model's hand-over word being typed, and sees everything else as it comes. */
class HeldBackDraftUnitTests {

    private final List<String> shown = new ArrayList<>();
    private final HeldBackDraft draft = new HeldBackDraft(new AnswerDraft() {
        @Override
        public void append(String delta) {
            shown.add(delta);
        }

        @Override
        public void restart() {
            shown.add("<restart>");
        }
    }, "HANDOVER");

    @Test
    void holdsBackTheHandOverWordWhateverItsPieces() {
        List.of(" HAN", "DO", "VER", "\n").forEach(draft::append);

        assertThat(shown).isEmpty();
    }

    @Test
    void releasesTheHeldStartOnceItCannotBeTheWordThenPassesPiecesThrough() {
        List.of("HA", "ppy to help: ", "refunds take 3 days").forEach(draft::append);

        assertThat(shown).containsExactly("HAppy to help: ", "refunds take 3 days");
    }

    @Test
    void forwardsARestartOnlyWhenSomethingWasShown() {
        draft.append("HAN");
        draft.restart();
        draft.append("Refunds");
        draft.restart();

        assertThat(shown).containsExactly("Refunds", "<restart>");
    }
}
