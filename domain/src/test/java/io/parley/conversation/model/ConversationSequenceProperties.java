package io.parley.conversation.model;

import static io.parley.conversation.model.ConversationFixtures.INBOX;
import static io.parley.conversation.model.ConversationFixtures.NOW;
import static io.parley.conversation.model.ConversationFixtures.VISITOR;
import static io.parley.conversation.model.ConversationFixtures.WORKSPACE;
import static io.parley.shared.Trials.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.conversation.MessagePosted;
import io.parley.shared.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The n-th message stored gets sequence n: no gaps, no repeats, whoever writes and whatever else happens. */
class ConversationSequenceProperties {

    record Script(boolean botFirst, List<LifecycleOperation> operations) {}

    @Test
    void storedMessagesAreNumberedOneToNWithoutGaps() {
        forAll(random -> new Script(random.nextBoolean(), LifecycleOperation.script(random, 0.8)), script -> {
            var conversation = Conversation.open(WORKSPACE, INBOX, VISITOR, script.botFirst(), NOW);
            var sequences = new ArrayList<Long>();
            var now = NOW;
            for (var operation : script.operations()) {
                now = now.plusMillis(1);
                long before = conversation.lastSequence();
                try {
                    var message = operation.apply(conversation, now);
                    if (message != null) {
                        assertThat(message.sequence()).isEqualTo(before + 1);
                        sequences.add(message.sequence());
                    }
                } catch (DomainException refused) {
                    assertThat(conversation.lastSequence()).isEqualTo(before);
                }
            }

            assertThat(sequences).containsExactlyElementsOf(LongStream.rangeClosed(1, sequences.size()).boxed().toList());
            assertThat(conversation.lastSequence()).isEqualTo(sequences.size());
            assertThat(conversation.releaseEvents()).filteredOn(MessagePosted.class::isInstance)
                    .extracting(event -> ((MessagePosted) event).sequence())
                    .containsExactlyElementsOf(sequences);
        });
    }
}
