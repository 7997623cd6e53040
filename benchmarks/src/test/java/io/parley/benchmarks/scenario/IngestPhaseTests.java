package io.parley.benchmarks.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.benchmarks.ingest.IngestLedger;
import io.parley.benchmarks.ingest.IngestLoad;
import io.parley.benchmarks.load.Latency;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IngestPhaseTests {

    private static final Latency SLOW = new Latency(10, 150, 120, 180, 200, 210, 220);

    @Test
    void anOpenLoopPhaseFailsOnRateLimitsErrorsLatencyAndAGeneratorBehind() {
        var counts = new IngestLedger.Tally(100, 80, 0, 15, Map.of("503", 5L));
        var open = new IngestLoad.Settings(100, 8, Duration.ofSeconds(1), Duration.ofSeconds(5));

        var failures = IngestPhase.failures(counts, SLOW, open, 80, 100, 95);

        assertThat(failures).hasSize(4);
        assertThat(failures.getFirst()).startsWith("15 answered 429").contains("PARLEY_RATE_LIMITS_ENABLED=false");
        assertThat(failures).contains("errors {503=5}", "p99 200.0 ms > 100.0 ms",
                "the generator sent only 80 msgs/s of 100 (raise --clients?)");
    }

    @Test
    void aClosedLoopPhaseMeasuresThroughputAndIsNotHeldToTheLatencyLimit() {
        var counts = new IngestLedger.Tally(500, 500, 0, 0, Map.of());
        var closed = new IngestLoad.Settings(0, 8, Duration.ofSeconds(1), Duration.ofSeconds(5));

        assertThat(IngestPhase.failures(counts, SLOW, closed, 500, 100, 95)).isEmpty();
    }

    @Test
    void routesAreNamedOnTheCommandLine() {
        assertThat(ApiChannel.Route.parse("conversation")).isEqualTo(ApiChannel.Route.CONVERSATION);
        assertThatThrownBy(() -> ApiChannel.Route.parse("widget")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("messages, conversation or both");
    }
}
