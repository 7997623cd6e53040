package io.parley.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PhaseReportTests {

    private static final MessageLedger.Tally CLEAN = new MessageLedger.Tally(94, 94, 0, 94, 0, 94, 0, 0, 0, 0, 0, 0,
            0, 0, Map.of());
    private static final Latency FAST = new Latency(94, 1, 1, 1, 1, 1, 1);

    @Test
    void aGeneratorBelowTheRequiredShareOfTheRateFailsThePhase() {
        assertThat(PhaseReport.failures(CLEAN, FAST, 94, 100, 50, 95))
                .containsExactly("the generator sent only 94 msgs/s of 100");
        assertThat(PhaseReport.failures(CLEAN, FAST, 95, 100, 50, 95)).isEmpty();
    }

    @Test
    void theRequiredShareIsAnOptionSoATestOfOtherThingsNeedNotDependOnTheMachinesSpeed() {
        assertThat(PhaseReport.failures(CLEAN, FAST, 94, 100, 50, 90)).isEmpty();
        assertThat(PhaseReport.failures(CLEAN, FAST, 3, 100, 50, 0)).isEmpty();
    }
}
