package io.parley.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.channel.model.Inbox;
import io.parley.shared.DomainException;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AnswerModeUnitTests {

    @Test
    void readsModesWhateverTheirCase() {
        assertThat(AnswerMode.parse("knowledge")).isEqualTo(AnswerMode.KNOWLEDGE);
        assertThat(AnswerMode.parse(" humans-only ")).isEqualTo(AnswerMode.HUMANS_ONLY);
        assertThat(AnswerMode.parse("LLM")).isEqualTo(AnswerMode.LLM);
    }

    @Test
    void refusesAnUnknownModeWithItsCode() {
        assertThatThrownBy(() -> AnswerMode.parse("ALWAYS_BOT")).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo("channel.invalid-answer-mode");
            assertThat(e.getMessage()).contains("KNOWLEDGE, LLM, HUMANS_ONLY");
        });
        assertThatThrownBy(() -> AnswerMode.parse(null)).isInstanceOf(DomainException.class);
    }

    @Test
    void anInboxGoesToTheBotFirstInEveryModeButHumansOnly() {
        var inbox = Inbox.open(WorkspaceId.random(), "Web", ChannelType.WEB_WIDGET, false, Instant.EPOCH);
        assertThat(inbox.answerMode()).isEqualTo(AnswerMode.HUMANS_ONLY);
        assertThat(inbox.botFirst()).isFalse();
        assertThat(inbox.vipHandOver()).isTrue();

        inbox.answerIn(AnswerMode.KNOWLEDGE);
        assertThat(inbox.botFirst()).isTrue();
        inbox.routeToBotFirst(true);
        assertThat(inbox.answerMode()).as("already bot-first: the mode stays").isEqualTo(AnswerMode.KNOWLEDGE);
        inbox.routeToBotFirst(false);
        assertThat(inbox.answerMode()).isEqualTo(AnswerMode.HUMANS_ONLY);
        inbox.handVipsOver(false);
        assertThat(inbox.vipHandOver()).isFalse();
    }
}
