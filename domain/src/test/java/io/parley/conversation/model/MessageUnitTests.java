package io.parley.conversation.model;

import static io.parley.conversation.model.ConversationFixtures.ADA;
import static io.parley.conversation.model.ConversationFixtures.NOW;
import static io.parley.conversation.model.ConversationFixtures.WORKSPACE;
import static io.parley.conversation.model.ConversationFixtures.agent;
import static io.parley.conversation.model.ConversationFixtures.body;
import static io.parley.conversation.model.ConversationFixtures.clientId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.conversation.MessageKind;
import io.parley.shared.ConversationId;
import io.parley.shared.MessageId;
import org.junit.jupiter.api.Test;

class MessageUnitTests {

    @Test
    void sequencesStartAtOne() {
        assertThatThrownBy(() -> new Message(MessageId.random(), WORKSPACE, ConversationId.random(), 0, clientId(),
                agent(ADA), MessageKind.TEXT, body("x"), NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Message(MessageId.random(), WORKSPACE, ConversationId.random(), 1, clientId(), agent(ADA),
                MessageKind.TEXT, body("x"), NOW).sequence()).isEqualTo(1);
    }

    @Test
    void onlyNotesAreInternal() {
        var note = new Message(MessageId.random(), WORKSPACE, ConversationId.random(), 1, clientId(), agent(ADA),
                MessageKind.NOTE, body("x"), NOW);
        var text = new Message(MessageId.random(), WORKSPACE, ConversationId.random(), 2, clientId(), agent(ADA),
                MessageKind.TEXT, body("x"), NOW);

        assertThat(note.isInternal()).isTrue();
        assertThat(text.isInternal()).isFalse();
        assertThat(note.getId()).isEqualTo(note.id());
    }
}
