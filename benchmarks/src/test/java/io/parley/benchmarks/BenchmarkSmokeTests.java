package io.parley.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.ParleyApplication;
import io.parley.benchmarks.load.PhaseReport;
import io.parley.benchmarks.scenario.ChatScenario;
import io.parley.benchmarks.scenario.CodecScenario;
import io.parley.benchmarks.scenario.IdleScenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The harness end to end against the whole of Parley, started in this JVM on a random port over a fresh PostgreSQL
 * database: a tiny chat load and a tiny idle ramp, so that a protocol change that breaks the benchmarks shows in CI.
 */
class BenchmarkSmokeTests {

    private static final String PASSWORD = "bench-smoke-password";
    private static final String ORIGIN = "https://bench.parley.test";

    private static ConfigurableApplicationContext parley;
    private static BenchDatabase database;
    private static String url;

    @TempDir
    Path out;

    @BeforeAll
    static void startParley(@TempDir Path dataDir) {
        database = BenchDatabase.create();
        // as command-line arguments: they outrank application.yml, default properties would not (server.port)
        parley = new SpringApplicationBuilder(ParleyApplication.class).run(
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--parley.rate-limits.enabled=false", // one client address creates all the load
                "--logging.level.root=WARN",
                "--parley.database.url=" + database.url(),
                "--parley.database.user=" + database.user(),
                "--parley.first-start.admin-password=" + PASSWORD,
                "--parley.first-start.allowed-origins=" + ORIGIN,
                "--parley.security.bcrypt-strength=4",
                // nothing written into the working directory: a signing key in memory, data under the temp dir
                "--parley.security.visitor-token-secret=" + UUID.randomUUID() + UUID.randomUUID(),
                "--parley.database.data-dir=" + dataDir);
        url = "http://127.0.0.1:" + parley.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stopParley() {
        if (parley != null) {
            parley.close();
        }
        if (database != null) {
            database.drop();
        }
    }

    @Test
    void chatLoadIsAcknowledgedAndDeliveredExactlyOnceWithLatencyRecorded() throws Exception {
        var results = new ChatScenario(options("--conversations", "100", "--rate", "200", "--duration", "3s",
                "--warmup", "0s", "--grace", "20s")).run(System.out);

        PhaseReport phase = results.phases().getLast();
        assertThat(phase.binaryIds()).as("protobuf clients get binary ids by default").isTrue();
        assertThat(phase.counts().sent()).isEqualTo(600);
        assertThat(phase.counts().acked()).as("every message acknowledged: %s", phase).isEqualTo(600);
        assertThat(phase.counts().delivered()).as("every message delivered to the agent").isEqualTo(600);
        assertThat(phase.counts().lost()).isZero();
        assertThat(phase.counts().duplicateDeliveries()).isZero();
        assertThat(phase.counts().errors()).isEmpty();
        assertThat(phase.latencyMs().count()).isEqualTo(600);
        assertThat(phase.latencyMs().p50()).isPositive();
        assertThat(phase.server().cpuSeconds()).isPositive();
        assertThat(Files.readString(Path.of(results.files().get("json")))).contains("\"latencyMs\"");
    }

    @Test
    void codecComparesProtobufWithBinaryIdsAgainstJsonAndBothDeliverEverything() throws Exception {
        var results = new CodecScenario(options("--conversations", "50", "--rate", "100", "--duration", "2s",
                "--warmup", "0s", "--grace", "20s")).run(System.out);

        assertThat(results.phases()).extracting(PhaseReport::label).containsExactly("proto", "json");
        for (PhaseReport phase : results.phases()) {
            assertThat(phase.counts().delivered()).as("%s: %s", phase.label(), phase.counts()).isEqualTo(200);
            assertThat(phase.counts().lost()).isZero();
            assertThat(phase.counts().reordered()).isZero();
            assertThat(phase.counts().errors()).isEmpty();
        }
        var comparison = results.comparison();
        assertThat(comparison.protoBinaryIds()).isTrue();
        assertThat(results.phases().getLast().binaryIds()).as("JSON never has binary ids").isFalse();
        assertThat(comparison.protoBytesPerMessage() / comparison.jsonBytesPerMessage())
                .as("protobuf frames with binary ids cost at most 60 %% of JSON's bytes: %s", comparison)
                .isLessThanOrEqualTo(0.6);
    }

    @Test
    void stringIdsLeaveProtobufIdsAsStrings() throws Exception {
        var results = new ChatScenario(options("--conversations", "20", "--rate", "50", "--duration", "1s",
                "--warmup", "0s", "--grace", "20s", "--string-ids")).run(System.out);

        PhaseReport phase = results.phases().getLast();
        assertThat(phase.binaryIds()).isFalse();
        assertThat(phase.counts().delivered()).as("%s", phase.counts()).isEqualTo(50);
        assertThat(phase.counts().errors()).isEmpty();
    }

    @Test
    void idleConnectionsAreHeldAndTheirServerCostMeasured() throws Exception {
        var results = new IdleScenario(options("--connections", "200", "--hold", "1s")).run(System.out);

        var level = results.levels().getLast();
        assertThat(level.connected()).as("failures: %s", level.failures()).isEqualTo(200);
        assertThat(level.failures()).isEmpty();
        assertThat(level.disconnectsDuringHold()).isZero();
        assertThat(level.handshakesPerSecond()).isPositive();
        assertThat(level.rssKbPerConnection()).isNotNull();
        assertThat(results.projection()).isNotNull();
        assertThat(Files.readString(Path.of(results.files().get("json")))).contains("\"rssKbPerConnection\"");
    }

    private Options options(String... scenario) {
        var args = new java.util.ArrayList<>(List.of("--url", url, "--password", PASSWORD, "--origin", ORIGIN,
                "--server-pid", Long.toString(ProcessHandle.current().pid()), "--out", out.toString()));
        args.addAll(List.of(scenario));
        return Options.parse(Objects.requireNonNull(args));
    }
}
