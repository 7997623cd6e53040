package io.parley.benchmarks.scenario;

import io.parley.benchmarks.Options;
import io.parley.benchmarks.ingest.IngestLoad;
import io.parley.benchmarks.target.ProcessGroup;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The options of the API-channel scenarios: the inbox's shape, the load, the saturation search, the results. */
record IngestSettings(ApiChannel.Route route, int keys, int contacts, double rate, boolean closedLoop, int clients,
                      Duration duration, Duration warmup, Duration timeout, int bodyBytes, double p99LimitMs,
                      double minSentPercent, boolean findSaturation, double startRate, double stepRate,
                      double maxRate, Duration stepDuration, List<Integer> fractionsPercent, @Nullable Long serverPid,
                      @Nullable ProcessGroup database, Path out) {

    static IngestSettings from(Options options, double defaultRate, double defaultP99LimitMs) {
        double rate = options.decimal("rate", defaultRate);
        boolean closed = options.flag("closed-loop") || rate == 0;
        String database = options.string("database-process", "postgres");
        double minSent = options.decimal("min-sent-percent", 95);
        if (minSent < 0 || minSent > 100) {
            throw new IllegalArgumentException("--min-sent-percent must be between 0 and 100, not " + minSent);
        }
        return new IngestSettings(ApiChannel.Route.parse(options.string("route", "messages")),
                options.integer("keys", 1), options.integer("contacts", 100), closed ? 0 : rate, closed,
                options.integer("clients", 64), options.duration("duration", Duration.ofSeconds(30)),
                options.duration("warmup", Duration.ofSeconds(5)), options.duration("timeout", Duration.ofSeconds(30)),
                options.integer("body-bytes", 100), options.decimal("p99-limit-ms", defaultP99LimitMs), minSent,
                options.flag("find-saturation"), options.decimal("start-rate", rate), options.decimal("step-rate", rate),
                options.decimal("max-rate", 100_000), options.duration("step-duration", Duration.ofSeconds(10)),
                options.integers("fractions", List.of(25, 50, 75)), options.optionalLong("server-pid"),
                database.isBlank() || database.equals("none") ? null : new ProcessGroup(database),
                Path.of(options.string("out", "benchmark-results")));
    }

    IngestLoad.Settings load(double atRate, Duration forDuration) {
        return new IngestLoad.Settings(atRate, clients, forDuration, timeout);
    }
}
