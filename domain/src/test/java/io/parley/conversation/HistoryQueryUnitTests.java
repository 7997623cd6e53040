package io.parley.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HistoryQueryUnitTests {

    @Test
    void resumingAfterASequenceFetchesTheLargestPage() {
        var query = HistoryQuery.after(41);

        assertThat(query.afterSequence()).isEqualTo(41);
        assertThat(query.beforeSequence()).isNull();
        assertThat(query.limit()).isEqualTo(HistoryQuery.MAX_LIMIT);
    }

    @Test
    void afterZeroMeansFromTheStart() {
        assertThat(new HistoryQuery(0, null, 1).afterSequence()).isZero();
    }

    @Test
    void scrollingBackStartsBeforeSequenceOneAtTheEarliest() {
        assertThat(new HistoryQuery(0, 1L, 50).beforeSequence()).isEqualTo(1L);
    }

    @Test
    void rejectsNegativeAfter() {
        assertThatThrownBy(() -> new HistoryQuery(-1, null, 10))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("history.invalid-range"));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1})
    void rejectsBeforeBelowOne(long before) {
        assertThatThrownBy(() -> new HistoryQuery(0, before, 10))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("history.invalid-range"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, HistoryQuery.MAX_LIMIT + 1})
    void rejectsLimitOutsideOneToFiveHundred(int limit) {
        assertThatThrownBy(() -> new HistoryQuery(0, null, limit))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("history.invalid-limit"));
    }

    @Test
    void acceptsLimitOfFiveHundred() {
        assertThat(new HistoryQuery(0, null, 500).limit()).isEqualTo(500);
    }
}
