package io.parley.benchmarks.scenario;

import io.parley.benchmarks.Options;
import io.parley.benchmarks.load.LoadPhase;
import java.time.Duration;
import java.util.List;

/** How a chat load runs: its size, its rate or the saturation search, and what counts as passing. */
record ChatSettings(int conversations, int agents, double rate, Duration duration, Duration warmup, Duration grace,
                    int bodyBytes, double p99LimitMs, double minSentPercent, boolean findSaturation, double startRate, double stepRate,
                    double maxRate, Duration stepDuration, List<Integer> fractionsPercent) {

    static ChatSettings from(Options options) {
        double rate = options.decimal("rate", 1000);
        return new ChatSettings(options.integer("conversations", 1000), options.integer("agents", 1), rate,
                options.duration("duration", Duration.ofSeconds(30)),
                options.duration("warmup", Duration.ofSeconds(5)),
                options.duration("grace", Duration.ofSeconds(5)),
                options.integer("body-bytes", 100),
                options.decimal("p99-limit-ms", 50),
                minSentPercent(options),
                options.flag("find-saturation"),
                options.decimal("start-rate", rate),
                options.decimal("step-rate", rate),
                options.decimal("max-rate", 200_000),
                options.duration("step-duration", Duration.ofSeconds(10)),
                options.integers("fractions", List.of(25, 50, 75)));
    }

    private static double minSentPercent(Options options) {
        double percent = options.decimal("min-sent-percent", 95);
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("--min-sent-percent must be between 0 and 100, not " + percent);
        }
        return percent;
    }

    LoadPhase.Settings phase(double atRate, Duration forDuration) {
        return new LoadPhase.Settings(atRate, forDuration, grace, bodyBytes, p99LimitMs, minSentPercent);
    }
}
