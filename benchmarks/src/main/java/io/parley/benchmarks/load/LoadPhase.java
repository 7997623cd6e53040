package io.parley.benchmarks.load;

import io.parley.benchmarks.client.FrameListener;
import io.parley.benchmarks.client.WireCounter;
import io.parley.benchmarks.report.Environment;
import io.parley.benchmarks.target.ProcessGroup;
import io.parley.benchmarks.target.ServerProbe;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.HdrHistogram.Histogram;
import org.jspecify.annotations.Nullable;

/** Runs one open-loop phase over a fleet and measures it: counts, latencies, both processes' usage, wire bytes. */
public final class LoadPhase {

    /**
     * How hard and how long, and what still counts as a pass.
     *
     * @param minSentPercent the share of the target rate the generator must have sent for the phase to pass
     */
    public record Settings(double rate, Duration duration, Duration grace, int bodyBytes, double p99LimitMs,
                           double minSentPercent) {}

    /** The report, and the latency histogram behind it for percentile files and charts. */
    public record Outcome(PhaseReport report, Histogram latency) {}

    private final ServerProbe server;
    private final ServerProbe generator = ServerProbe.self();
    private final WireCounter wire;
    private final @Nullable ProcessGroup database;

    /** @param database the database's local processes, or null when it runs elsewhere or is not measured */
    public LoadPhase(ServerProbe server, WireCounter wire, @Nullable ProcessGroup database) {
        this.server = server;
        this.wire = wire;
        this.database = database;
    }

    public Outcome run(String label, Fleet fleet, Settings settings) {
        String prefix = "b" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36) + "-";
        var schedule = Schedule.of(settings.rate(), settings.duration().toNanos() / 1e9, System.nanoTime() + 50_000_000);
        var ledger = new MessageLedger(prefix, schedule, fleet.agents());
        fleet.all().forEach(connection -> connection.listener(ledger));
        var wireBefore = wire.snapshot();
        var generatorWindow = ProcessUsage.measure(generator);
        var serverWindow = ProcessUsage.measure(server);
        var machineBefore = MachineCpu.read();
        var databaseBefore = database == null ? null : database.snapshot();

        new OpenLoop(fleet.visitors(), ledger, settings.bodyBytes()).run();
        ledger.awaitSettled(settings.grace().toNanos());

        var generatorUsage = generatorWindow.close();
        var serverUsage = serverWindow.close();
        Long databaseNanos = database == null || databaseBefore == null ? null
                : database.cpuNanosSince(databaseBefore);
        Double databaseCpu = databaseNanos == null ? null : databaseNanos / 1e9;
        Double machineCores = MachineCpu.coresBusy(machineBefore, MachineCpu.read(), generatorUsage.seconds());
        var wireUsed = wire.snapshot().minus(wireBefore);
        fleet.all().forEach(connection -> connection.listener(FrameListener.IGNORE));

        var counts = ledger.tally();
        Histogram latency = ledger.latencyHistogram();
        var latencyMs = Latency.of(latency);
        double sendSeconds = Math.max(schedule.seconds(), (ledger.lastSentAt() - schedule.startNanos()) / 1e9);
        double sentPerSecond = ProcessUsage.round(counts.sent() / sendSeconds);
        long messages = Math.max(1, counts.delivered());
        var failures = PhaseReport.failures(counts, latencyMs, sentPerSecond, settings.rate(), settings.p99LimitMs(),
                settings.minSentPercent());
        var report = new PhaseReport(label, fleet.encoding().subprotocol(), fleet.binaryIds(),
                fleet.visitors().size(), fleet.agents().size(), settings.rate(), ProcessUsage.round(schedule.seconds()), counts, sentPerSecond,
                ProcessUsage.round(counts.delivered() / sendSeconds), latencyMs,
                Latency.of(ledger.ackLatencyHistogram()), Latency.of(ledger.sendLagHistogram()), generatorUsage,
                serverUsage, perMessageMicros(serverUsage.cpuSeconds(), counts.delivered()),
                databaseCpu == null ? null : ProcessUsage.round(databaseCpu / generatorUsage.seconds()),
                perMessageMicros(databaseCpu, counts.delivered()),
                new PhaseReport.Wire(wireUsed.bytesIn(), wireUsed.bytesOut(),
                        ProcessUsage.round((double) (wireUsed.bytesIn() + wireUsed.bytesOut()) / messages)),
                machineCores, Environment.loadAverage(), failures.isEmpty(), failures);
        return new Outcome(report, latency);
    }

    private static @Nullable Double perMessageMicros(@Nullable Double cpuSeconds, long messages) {
        return cpuSeconds == null || messages == 0 ? null : ProcessUsage.round(cpuSeconds * 1e6 / messages);
    }

    /** Whether any connection of the fleet is gone: a phase on a broken fleet measures nothing useful. */
    public static long closed(Fleet fleet) {
        return fleet.all().stream().filter(connection -> !connection.isOpen()).count();
    }
}
