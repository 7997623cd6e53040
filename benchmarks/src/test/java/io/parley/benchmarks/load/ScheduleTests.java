package io.parley.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScheduleTests {

    @Test
    void messagesAreDueAtFixedIntervalsFromTheStartWhateverHappensMeanwhile() {
        var schedule = Schedule.of(1000, 2, 5_000_000_000L);

        assertThat(schedule.messages()).isEqualTo(2000);
        assertThat(schedule.dueAt(0)).isEqualTo(5_000_000_000L);
        assertThat(schedule.dueAt(1500)).isEqualTo(6_500_000_000L);
        assertThat(schedule.dueBy(4_999_999_999L)).isZero();
        assertThat(schedule.dueBy(5_000_000_000L)).isEqualTo(1);
        assertThat(schedule.dueBy(5_010_000_000L)).as("a late look finds everything due since, not one message")
                .isEqualTo(11);
        assertThat(schedule.dueBy(60_000_000_000L)).as("never more than the run holds").isEqualTo(2000);
    }

    @Test
    void refusesANonPositiveRate() {
        assertThatThrownBy(() -> Schedule.of(0, 10, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
