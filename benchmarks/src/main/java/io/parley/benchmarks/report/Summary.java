package io.parley.benchmarks.report;

import io.parley.benchmarks.load.PhaseReport;
import org.jspecify.annotations.Nullable;

/** The readable side of a run: one line per phase, the same figures as the JSON file. */
public final class Summary {

    private static final String HEADER = String.format("%-14s %8s %8s %8s %5s %5s %4s %4s %8s %8s %8s %8s"
                    + " | %7s %7s %7s %7s %8s %8s %7s  %s",
            "phase", "rate/s", "sent/s", "deliv/s", "lost", "unack", "dup", "err", "p50 ms", "p90 ms", "p99 ms",
            "max ms", "gen CPU", "srv CPU", "db CPU", "all CPU", "srv us/m", "db us/m", "B/msg", "result");

    private Summary() {}

    public static String header() {
        return HEADER;
    }

    public static String line(PhaseReport phase) {
        var counts = phase.counts();
        return String.format("%-14s %8.0f %8.0f %8.0f %5d %5d %4d %4d %8.2f %8.2f %8.2f %8.2f"
                        + " | %7s %7s %7s %7s %8s %8s %7.0f  %s",
                phase.label(), phase.targetRate(), phase.sentPerSecond(), phase.deliveredPerSecond(), counts.lost(),
                counts.unacked(), counts.duplicateDeliveries(), counts.errorCount(), phase.latencyMs().p50(),
                phase.latencyMs().p90(), phase.latencyMs().p99(), phase.latencyMs().max(),
                cores(phase.generator().cpuCores()), cores(phase.server().cpuCores()), cores(phase.databaseCpuCores()),
                cores(phase.machineCpuCores()), number(phase.serverCpuMicrosPerMessage()),
                number(phase.databaseCpuMicrosPerMessage()), phase.wire().bytesPerMessage(),
                phase.passed() ? "pass" : "FAIL " + String.join("; ", phase.failures()));
    }

    private static String cores(@Nullable Double cores) {
        return cores == null ? "-" : String.format("%.2f", cores);
    }

    private static String number(@Nullable Double value) {
        return value == null ? "-" : String.format("%.1f", value);
    }
}
