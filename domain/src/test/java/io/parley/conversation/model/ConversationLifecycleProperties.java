package io.parley.conversation.model;

import static io.parley.conversation.model.ConversationFixtures.INBOX;
import static io.parley.conversation.model.ConversationFixtures.NOW;
import static io.parley.conversation.model.ConversationFixtures.VISITOR;
import static io.parley.conversation.model.ConversationFixtures.WORKSPACE;
import static io.parley.shared.Trials.forAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.parley.conversation.model.LifecycleOperation.State;
import io.parley.shared.DomainException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whatever happens to a conversation, each step either succeeds into a legal state or is refused with a
 * {@link DomainException} that leaves the conversation exactly as it was.
 */
class ConversationLifecycleProperties {

    record Script(boolean botFirst, List<LifecycleOperation> operations) {}

    @Test
    void everyStepSucceedsIntoALegalStateOrChangesNothing() {
        int[] outcomes = new int[2];
        forAll(random -> new Script(random.nextBoolean(), LifecycleOperation.script(random, 0.4)), script -> {
            var conversation = Conversation.open(WORKSPACE, INBOX, VISITOR, script.botFirst(), NOW);
            conversation.releaseEvents();
            var now = NOW;
            for (var operation : script.operations()) {
                now = now.plusSeconds(1);
                var before = State.of(conversation);
                var updatedBefore = conversation.updatedAt();
                var at = now;

                Throwable refusal = catchThrowable(() -> operation.apply(conversation, at));

                if (refusal == null) {
                    assertThat(State.of(conversation).isLegal()).as("legal after %s: %s", operation, State.of(conversation)).isTrue();
                    outcomes[0]++;
                } else {
                    assertThat(refusal).as("refusal of %s", operation).isInstanceOf(DomainException.class);
                    assertThat(State.of(conversation)).as("state after refused %s", operation).isEqualTo(before);
                    assertThat(conversation.updatedAt()).isEqualTo(updatedBefore);
                    assertThat(conversation.releaseEvents()).as("events of refused %s", operation).isEmpty();
                    outcomes[1]++;
                }
                conversation.releaseEvents();
            }
        });
        assertThat(outcomes).as("steps that succeeded and were refused").doesNotContain(0);
    }

    @Test
    void stepsAreAllowedAndLeadWhereTheLifecycleRulesSay() {
        forAll(random -> new Script(random.nextBoolean(), LifecycleOperation.script(random, 0.4)), script -> {
            var conversation = Conversation.open(WORKSPACE, INBOX, VISITOR, script.botFirst(), NOW);
            var now = NOW;
            for (var operation : script.operations()) {
                now = now.plusSeconds(1);
                var before = State.of(conversation);
                var at = now;
                if (operation.allowedIn(before)) {
                    operation.apply(conversation, at);
                    assertThat(State.of(conversation)).as("after %s from %s", operation, before)
                            .isEqualTo(operation.after(before));
                } else {
                    assertThatThrownBy(() -> operation.apply(conversation, at)).as("%s from %s", operation, before)
                            .isInstanceOf(DomainException.class);
                }
            }
        });
    }
}
