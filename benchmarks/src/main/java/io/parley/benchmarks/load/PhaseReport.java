package io.parley.benchmarks.load;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The figures of one load phase. It passes when nothing was lost, left unanswered or refused, the generator kept to
 * its schedule (sent at least the given percentage of the target rate), and the 99th percentile stayed within the limit. {@code binaryIds}: the server sent every
 * connection its ids as 16 bytes.
 */
public record PhaseReport(String label, String encoding, boolean binaryIds, int conversations, int agents,
                          double targetRate, double seconds, MessageLedger.Tally counts, double sentPerSecond,
                          double deliveredPerSecond, Latency latencyMs, Latency ackLatencyMs, Latency sendLagMs,
                          ProcessUsage generator, ProcessUsage server, @Nullable Double serverCpuMicrosPerMessage,
                          @Nullable Double databaseCpuCores, @Nullable Double databaseCpuMicrosPerMessage,
                          Wire wire, @Nullable Double machineCpuCores, @Nullable Double machineLoadAverage,
                          boolean passed, List<String> failures) {

    /** TCP payload bytes the generator exchanged during the phase, per delivered message. */
    public record Wire(long bytesIn, long bytesOut, double bytesPerMessage) {}

    static List<String> failures(MessageLedger.Tally counts, Latency latency, double sentPerSecond, double rate,
                                 double p99LimitMs, double minSentPercent) {
        List<String> failures = new ArrayList<>();
        if (counts.lost() > 0) {
            failures.add(counts.lost() + " acknowledged messages never delivered");
        }
        if (counts.unacked() > 0) {
            failures.add(counts.unacked() + " messages without acknowledgement");
        }
        if (counts.sendFailed() > 0) {
            failures.add(counts.sendFailed() + " sends on closed connections");
        }
        if (counts.errorCount() > 0) {
            failures.add("errors " + counts.errors());
        }
        if (counts.duplicateDeliveries() > 0) {
            failures.add(counts.duplicateDeliveries() + " duplicate deliveries");
        }
        if (latency.p99() > p99LimitMs) {
            failures.add("p99 " + latency.p99() + " ms > " + p99LimitMs + " ms");
        }
        if (sentPerSecond < rate * minSentPercent / 100) {
            failures.add("the generator sent only " + Math.round(sentPerSecond) + " msgs/s of " + Math.round(rate));
        }
        return failures;
    }
}
