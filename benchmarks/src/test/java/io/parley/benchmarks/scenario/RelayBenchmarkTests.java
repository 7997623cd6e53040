package io.parley.benchmarks.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.benchmarks.Options;
import io.parley.benchmarks.client.Encoding;
import io.parley.benchmarks.load.PhaseReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The harness against its own relay: no Parley needed, so it checks the generator's bookkeeping alone. */
class RelayBenchmarkTests {

    @TempDir
    Path out;

    @ParameterizedTest
    @EnumSource(Encoding.class)
    void everyScheduledMessageIsAcknowledgedAndDeliveredOnceWithItsLatency(Encoding encoding) throws Exception {
        var printed = new ByteArrayOutputStream();
        var results = new RelayScenario(Options.parse(List.of("--conversations", "50", "--agents", "2",
                "--rate", "500", "--duration", "2s", "--warmup", "0s", "--grace", "5s", "--encoding", encoding.name(),
                "--threads", "2", "--out", out.toString()))).run(new PrintStream(printed, true, StandardCharsets.UTF_8));

        PhaseReport phase = results.phases().getLast();
        assertThat(phase.binaryIds()).as("the relay does not offer binary ids: the client falls back to strings")
                .isFalse();
        assertThat(phase.counts().sent()).isEqualTo(1000);
        assertThat(phase.counts().acked()).isEqualTo(1000);
        assertThat(phase.counts().delivered()).as("each of the two agents gets every message").isEqualTo(2000);
        assertThat(phase.counts().lost()).isZero();
        assertThat(phase.counts().duplicateDeliveries()).isZero();
        assertThat(phase.counts().reordered()).isZero();
        assertThat(phase.latencyMs().count()).isEqualTo(2000);
        assertThat(phase.wire().bytesPerMessage()).isPositive();
        assertThat(phase.generator().cpuSeconds()).isPositive();
        assertThat(Files.readString(Path.of(results.files().get("json")))).contains("\"deliveredPerSecond\"");
        assertThat(Path.of(results.files().get("chart"))).isNotEmptyFile();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("measure");
    }

    @Test
    void saturationSearchStepsUpToTheLastPassingRateAndMeasuresFractionsOfIt() {
        var results = new RelayScenario(Options.parse(List.of("--conversations", "20", "--find-saturation",
                "--start-rate", "100", "--step-rate", "100", "--max-rate", "300", "--step-duration", "1s",
                "--duration", "1s", "--warmup", "0s", "--fractions", "50", "--encoding", "json",
                "--p99-limit-ms", "10000", "--min-sent-percent", "0",
                "--out", out.toString()))).run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(results.saturationRate()).as("every step passes a 10 s limit and any pace of the generator, up to"
                + " --max-rate: %s",
                results.phases()).isEqualTo(300);
        assertThat(results.phases()).extracting(PhaseReport::label)
                .containsExactly("step-100", "step-200", "step-300", "at-50%");
        assertThat(results.phases().getLast().targetRate()).isEqualTo(150);
    }

    @Test
    void saturationSearchThatFailsItsFirstStepReportsNoSaturationAndMeasuresNothingElse() {
        var results = new RelayScenario(Options.parse(List.of("--conversations", "10", "--find-saturation",
                "--start-rate", "100", "--step-rate", "100", "--step-duration", "1s", "--warmup", "0s",
                "--p99-limit-ms", "0", "--out", out.toString())))
                .run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(results.saturationRate()).isNull();
        assertThat(results.phases()).singleElement().satisfies(phase -> {
            assertThat(phase.passed()).isFalse();
            assertThat(phase.failures()).singleElement().asString().startsWith("p99");
        });
    }
}
