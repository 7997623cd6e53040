package io.parley.benchmarks.scenario;

import io.parley.benchmarks.ingest.IngestLedger;
import io.parley.benchmarks.ingest.IngestLoad;
import io.parley.benchmarks.load.Latency;
import io.parley.benchmarks.load.ProcessUsage;
import io.parley.benchmarks.report.Environment;
import io.parley.benchmarks.target.ProcessGroup;
import io.parley.benchmarks.target.ServerProbe;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.jspecify.annotations.Nullable;

/** One measured phase of API-channel posts: the load, both processes' CPU, and the report line. */
final class IngestPhase {

    /**
     * The figures of one phase. {@code targetRate} 0 is a closed loop. Latency from the intended send time (open
     * loop) or the send (closed loop) to the answer; service time from the send. It passes when every request was
     * answered 201, the generator kept to the rate, and p99 stayed within the limit (open loop only).
     */
    record Report(String label, String load, double targetRate, int clients, double seconds,
                  IngestLedger.Tally counts, double sentPerSecond, double acknowledgedPerSecond, Latency latencyMs,
                  Latency serviceMs, ProcessUsage generator, ProcessUsage server,
                  @Nullable Double serverCpuMicrosPerMessage, @Nullable Double databaseCpuCores,
                  @Nullable Double machineLoadAverage, boolean passed, List<String> failures) {}

    record Outcome(Report report, IngestLedger ledger, Histogram latency) {}

    static final String HEADER = String.format("%-14s %8s %8s %8s %8s %5s %5s %5s %8s %8s %8s %8s | %7s %7s %7s %8s  %s",
            "phase", "rate/s", "sent/s", "acked/s", "stored", "dup", "429", "err", "p50 ms", "p90 ms", "p99 ms",
            "max ms", "gen CPU", "srv CPU", "db CPU", "srv us/m", "result");

    private final IngestLoad load = new IngestLoad(IngestLoad.client());
    private final ServerProbe server;
    private final @Nullable ProcessGroup database;

    IngestPhase(ServerProbe server, @Nullable ProcessGroup database) {
        this.server = server;
        this.database = database;
    }

    Outcome run(String label, ApiChannel channel, IngestLoad.Settings settings, int bodyBytes, double p99LimitMs,
                double minSentPercent) {
        IngestLedger ledger = channel.ledger(label);
        var generatorWindow = ProcessUsage.measure(ServerProbe.self());
        var serverWindow = ProcessUsage.measure(server);
        var databaseBefore = database == null ? null : database.snapshot();
        var outcome = load.run(settings, ledger, channel.requests(ledger, bodyBytes));
        var generator = generatorWindow.close();
        var serverUsage = serverWindow.close();
        Long databaseNanos = database == null || databaseBefore == null ? null : database.cpuNanosSince(databaseBefore);
        var counts = ledger.tally();
        var latency = Latency.of(ledger.latency());
        double sentPerSecond = round(counts.attempted() / outcome.sendSeconds());
        var failures = failures(counts, latency, settings, sentPerSecond, p99LimitMs, minSentPercent);
        var report = new Report(label, settings.closedLoop() ? "closed" : "open", settings.rate(), settings.clients(),
                round(outcome.sendSeconds()), counts, sentPerSecond,
                round(counts.acknowledged() / outcome.sendSeconds()), latency, Latency.of(ledger.service()), generator,
                serverUsage, serverUsage.cpuSeconds() == null || counts.acknowledged() == 0 ? null
                        : round(serverUsage.cpuSeconds() * 1e6 / counts.acknowledged()),
                databaseNanos == null ? null : round(databaseNanos / 1e9 / generator.seconds()),
                Environment.loadAverage(), failures.isEmpty(), failures);
        return new Outcome(report, ledger, ledger.latency());
    }

    static List<String> failures(IngestLedger.Tally counts, Latency latency, IngestLoad.Settings settings,
                                 double sentPerSecond, double p99LimitMs, double minSentPercent) {
        List<String> failures = new ArrayList<>();
        if (counts.rateLimited() > 0) {
            failures.add(counts.rateLimited() + " answered 429 (rate limit: run the server with"
                    + " PARLEY_RATE_LIMITS_ENABLED=false, or use more --keys)");
        }
        if (!counts.errors().isEmpty()) {
            failures.add("errors " + counts.errors());
        }
        if (counts.duplicates() > 0) {
            failures.add(counts.duplicates() + " first sends answered as duplicates");
        }
        if (!settings.closedLoop() && latency.p99() > p99LimitMs) { // a closed loop measures throughput, not latency
            failures.add("p99 " + latency.p99() + " ms > " + p99LimitMs + " ms");
        }
        if (!settings.closedLoop() && sentPerSecond < settings.rate() * minSentPercent / 100) {
            failures.add("the generator sent only " + Math.round(sentPerSecond) + " msgs/s of "
                    + Math.round(settings.rate()) + " (raise --clients?)");
        }
        return failures;
    }

    static String line(Report phase) {
        var counts = phase.counts();
        long otherErrors = counts.errorCount() - counts.rateLimited();
        return String.format("%-14s %8s %8.0f %8.0f %8d %5d %5d %5d %8.2f %8.2f %8.2f %8.2f | %7s %7s %7s %8s  %s",
                phase.label(), phase.targetRate() == 0 ? "closed" : String.format("%.0f", phase.targetRate()),
                phase.sentPerSecond(), phase.acknowledgedPerSecond(), counts.stored(), counts.duplicates(),
                counts.rateLimited(), otherErrors, phase.latencyMs().p50(), phase.latencyMs().p90(),
                phase.latencyMs().p99(), phase.latencyMs().max(), cores(phase.generator().cpuCores()),
                cores(phase.server().cpuCores()), cores(phase.databaseCpuCores()),
                phase.serverCpuMicrosPerMessage() == null ? "-"
                        : String.format("%.1f", phase.serverCpuMicrosPerMessage()),
                phase.passed() ? "pass" : "FAIL " + String.join("; ", phase.failures()));
    }

    private static String cores(@Nullable Double cores) {
        return cores == null ? "-" : String.format("%.2f", cores);
    }

    static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }
}
