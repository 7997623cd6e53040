package io.parley.benchmarks.scenario;

import io.parley.benchmarks.Options;
import io.parley.benchmarks.client.Connection;
import io.parley.benchmarks.client.FrameListener;
import io.parley.benchmarks.client.LoadClient;
import io.parley.benchmarks.load.Latency;
import io.parley.benchmarks.load.ProcessUsage;
import io.parley.benchmarks.report.Environment;
import io.parley.benchmarks.report.ResultFiles;
import io.parley.benchmarks.target.ServerProbe;
import io.parley.benchmarks.target.Target;
import io.parley.gateway.protocol.Authenticate;
import java.io.PrintStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.jspecify.annotations.Nullable;

/**
 * S1: what an idle visitor connection costs the server. Ramps to each requested level of authenticated visitor
 * connections, holds them (heartbeats only), then reads the server's resident memory and live heap after a full
 * collection; the difference from the baseline, per connection, projects the cost of 100,000 connections.
 */
public final class IdleScenario {

    static final int PROJECTED_CONNECTIONS = 100_000;

    public record Baseline(@Nullable Double rssMb, @Nullable Double heapMb, @Nullable Integer threads, boolean collected) {}

    public record Level(int requested, int connected, Map<String, Long> failures, double rampSeconds,
                 double handshakesPerSecond, Latency setupMs, long disconnectsDuringHold, @Nullable Double rssMb,
                 @Nullable Double heapMb, @Nullable Integer serverThreads, @Nullable Double rssKbPerConnection,
                 @Nullable Double heapKbPerConnection, ProcessUsage generatorDuringRamp,
                 ProcessUsage serverDuringHold) {}

    public record Projection(int connections, @Nullable Double rssMb, @Nullable Double heapMb, String notes) {}

    public record Results(String scenario, String target, String startedAt, Environment environment,
                   Map<String, String> options, double visitorSessionSeconds, Baseline baseline, List<Level> levels,
                   @Nullable Projection projection, @Nullable Long serverOpenFileLimit, ProcessUsage generator,
                   Map<String, String> files) {}

    private final Common common;
    private final List<Integer> levels;
    private final Duration hold;
    private final boolean collectGarbage;
    private final Target target;
    private final Map<String, String> options;

    public IdleScenario(Options options) {
        this.common = Common.from(options);
        this.levels = options.integers("connections", List.of(1000)).stream().sorted().toList();
        this.hold = options.duration("hold", Duration.ofSeconds(30));
        this.collectGarbage = !options.flag("no-gc");
        this.options = Scenarios.recorded(options);
        var parley = Common.parley(options);
        options.requireAllRead();
        this.target = parley.connect(common.serverPid());
    }

    public Results run(PrintStream out) {
        String startedAt = OffsetDateTime.now().toString();
        ServerProbe probe = target.probe();
        var generatorWindow = ProcessUsage.measure(ServerProbe.self());
        int most = levels.getLast();
        out.printf("» idle against %s (%s): creating %d visitors%n", target.webSocket(), common.encoding().subprotocol(),
                most);
        long sessionsStarted = System.nanoTime();
        List<Authenticate> visitors = target.newVisitors(most);
        double sessionSeconds = Math.round((System.nanoTime() - sessionsStarted) / 1e7) / 100.0;
        var baselineSample = settle(probe);
        var baseline = new Baseline(mb(baselineSample.rssBytes()), mb(baselineSample.heapUsedBytes()),
                baselineSample.threads(), collectGarbage && probe.pid() != null);
        out.printf("» baseline: server RSS %s MB, heap %s MB, %s threads%n", baseline.rssMb(), baseline.heapMb(),
                baseline.threads());
        var disconnects = new LongAdder();
        FrameListener counting = new FrameListener() {
            @Override
            public void onFrame(Connection connection, io.parley.gateway.protocol.ServerFrame frame) {
            }

            @Override
            public void onClosed(Connection connection) {
                disconnects.increment();
            }
        };
        List<Level> measured = new ArrayList<>();
        List<Connection> open = new ArrayList<>();
        Map<String, Histogram> setupHistograms = new LinkedHashMap<>();
        Environment environment;
        try (LoadClient client = common.client(target)) {
            environment = Environment.current(client.transport());
            for (int level : levels) {
                var rampWindow = ProcessUsage.measure(ServerProbe.self());
                var ramp = Ramp.open(client, common.encoding(), visitors.subList(open.size(), level),
                        target.origin(), common.rampConcurrency(), false, counting);
                var rampUsage = rampWindow.close();
                open.addAll(ramp.opened());
                out.printf("» %d connections (+%d in %.1f s, %.0f handshakes/s)%s; holding %s%n", open.size(),
                        ramp.opened().size(), ramp.seconds(), ramp.perSecond(),
                        ramp.failures().isEmpty() ? "" : ", failures " + ramp.failures(), hold);
                long before = disconnects.sum();
                var holdWindow = ProcessUsage.measure(probe);
                sleep(hold);
                var holdUsage = holdWindow.close();
                var sample = settle(probe);
                int connected = (int) open.stream().filter(Connection::isOpen).count();
                setupHistograms.put(level + " conns", ramp.setupMicros());
                var result = new Level(level, connected, ramp.failures(), Math.round(ramp.seconds() * 100) / 100.0,
                        ramp.perSecond(), Latency.of(ramp.setupMicros()), disconnects.sum() - before,
                        mb(sample.rssBytes()), mb(sample.heapUsedBytes()), sample.threads(),
                        perConnectionKb(baselineSample.rssBytes(), sample.rssBytes(), connected),
                        perConnectionKb(baselineSample.heapUsedBytes(), sample.heapUsedBytes(), connected), rampUsage,
                        holdUsage);
                measured.add(result);
                out.printf("» %d connected: server RSS %s MB (%s KB/conn), heap %s MB (%s KB/conn), %s threads,"
                                + " %d dropped while holding, server CPU %s cores while holding; generator %s cores"
                                + " during the ramp%n", connected, result.rssMb(), result.rssKbPerConnection(),
                        result.heapMb(), result.heapKbPerConnection(), result.serverThreads(),
                        result.disconnectsDuringHold(), holdUsage.cpuCores(), rampUsage.cpuCores());
            }
            open.forEach(Connection::close);
        }
        Long fileLimit = probe.openFileLimit();
        var projection = project(baseline, measured.getLast(), fileLimit);
        if (projection != null) {
            out.printf("» projection to %,d connections: RSS %s MB, heap %s MB. %s%n", projection.connections(),
                    projection.rssMb(), projection.heapMb(), projection.notes());
        }
        var files = new ResultFiles(common.out(), "idle");
        Map<String, String> written = new LinkedHashMap<>();
        written.put("chart", files.latency("connect + upgrade + authenticate", setupHistograms).toString());
        var results = new Results("idle", target.kind(), startedAt, environment, options,
                sessionSeconds, baseline, measured, projection, fileLimit, generatorWindow.close(), written);
        written.put("json", files.json(results).toString());
        out.println("» results: " + written.get("json"));
        return results;
    }

    private ServerProbe.Sample settle(ServerProbe probe) {
        if (collectGarbage && probe.collectGarbage()) {
            sleep(Duration.ofSeconds(1));
        }
        return probe.sample();
    }

    private static @Nullable Projection project(Baseline baseline, Level level, @Nullable Long fileLimit) {
        if (level.rssKbPerConnection() == null && level.heapKbPerConnection() == null) {
            return null;
        }
        String descriptors = fileLimit != null && fileLimit < PROJECTED_CONNECTIONS
                ? String.format(" The server process may open %,d files: %,d connections need that limit raised"
                        + " or %d such processes.", fileLimit, PROJECTED_CONNECTIONS,
                        (PROJECTED_CONNECTIONS + fileLimit - 1) / fileLimit)
                : "";
        return new Projection(PROJECTED_CONNECTIONS,
                plus(baseline.rssMb(), level.rssKbPerConnection()), plus(baseline.heapMb(), level.heapKbPerConnection()),
                "Linear from " + level.connected() + " connections; kernel socket memory (about 10 KB per loopback"
                        + " connection, both ends) is not in the process RSS." + descriptors);
    }

    private static @Nullable Double plus(@Nullable Double baseMb, @Nullable Double kbPerConnection) {
        return baseMb == null || kbPerConnection == null ? null
                : (double) Math.round(baseMb + kbPerConnection * PROJECTED_CONNECTIONS / 1024.0);
    }

    private static @Nullable Double perConnectionKb(@Nullable Long before, @Nullable Long after, int connections) {
        return before == null || after == null || connections == 0 ? null
                : Math.round((after - before) / 1024.0 / connections * 100) / 100.0;
    }

    private static @Nullable Double mb(@Nullable Long bytes) {
        return bytes == null ? null : Math.round(bytes / 1024.0 / 1024.0 * 10) / 10.0;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
