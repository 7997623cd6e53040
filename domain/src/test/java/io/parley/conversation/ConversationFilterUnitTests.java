package io.parley.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.shared.AgentId;
import io.parley.shared.DomainException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConversationFilterUnitTests {

    @Test
    void rejectsAskingForUnassignedAndForAnAssigneeAtOnce() {
        assertThatThrownBy(() -> new ConversationFilter(Set.of(), AgentId.random(), true, null, null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("conversation.invalid-filter"));
    }

    @Test
    void keepsItsStatusesWhenTheGivenSetChanges() {
        var statuses = new HashSet<>(Set.of(ConversationStatus.WAITING));
        var filter = new ConversationFilter(statuses, null, true, null, null);

        statuses.add(ConversationStatus.RESOLVED);

        assertThat(filter.statuses()).containsExactly(ConversationStatus.WAITING);
    }

    @Test
    void allMatchesEveryStatusAndAssignee() {
        assertThat(ConversationFilter.ALL.statuses()).isEmpty();
        assertThat(ConversationFilter.ALL.assignee()).isNull();
        assertThat(ConversationFilter.ALL.unassignedOnly()).isFalse();
    }
}
