package io.parley.benchmarks.scenario;

import io.parley.benchmarks.Options;
import io.parley.benchmarks.client.Encoding;
import io.parley.benchmarks.client.LoadClient;
import io.parley.benchmarks.load.LoadPhase;
import io.parley.benchmarks.load.PhaseReport;
import io.parley.benchmarks.report.Environment;
import io.parley.benchmarks.report.ResultFiles;
import io.parley.benchmarks.report.Summary;
import io.parley.benchmarks.target.Target;
import java.io.PrintStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.jspecify.annotations.Nullable;

/**
 * S3: the same chat load once with binary protobuf frames and once with JSON frames; compares the bytes on the
 * wire and the server's CPU time per delivered message.
 */
public final class CodecScenario {

    public record Comparison(boolean protoBinaryIds, double protoBytesPerMessage, double jsonBytesPerMessage,
                             double jsonToProtoBytes,
                             @Nullable Double protoServerMicrosPerMessage, @Nullable Double jsonServerMicrosPerMessage,
                             @Nullable Double jsonToProtoServerCpu, double protoP99Ms, double jsonP99Ms) {}

    public record Results(String scenario, String target, String startedAt, Environment environment,
                          Map<String, String> options, List<FleetSetup.Figures> setups, List<PhaseReport> phases,
                          Comparison comparison, Map<String, String> files) {}

    private final Common common;
    private final ChatSettings settings;
    private final Map<String, String> options;
    private final Target target;

    public CodecScenario(Options options) {
        this.common = Common.from(options);
        this.settings = ChatSettings.from(options);
        this.options = Scenarios.recorded(options);
        var parley = Common.parley(options);
        options.requireAllRead();
        if (settings.findSaturation()) {
            throw new IllegalArgumentException("codec compares both encodings at one --rate; --find-saturation is for chat");
        }
        this.target = parley.connect(common.serverPid());
    }

    public Results run(PrintStream out) {
        String startedAt = OffsetDateTime.now().toString();
        List<FleetSetup.Figures> setups = new ArrayList<>();
        List<PhaseReport> phases = new ArrayList<>();
        Map<Encoding, PhaseReport> measured = new LinkedHashMap<>();
        Map<String, Histogram> histograms = new LinkedHashMap<>();
        Environment environment;
        try (LoadClient client = common.client(target)) {
            environment = Environment.current(client.transport());
            out.printf("» codec against %s: creating %d visitors (used by both encodings)%n", target.webSocket(),
                    settings.conversations());
            var visitors = target.newVisitors(settings.conversations());
            var load = new LoadPhase(target.probe(), client.wire(), common.databaseOf(target));
            for (Encoding encoding : Encoding.values()) {
                var opened = FleetSetup.open(client, target, common, encoding, visitors, settings.agents(), out);
                setups.add(opened.figures());
                try {
                    out.println(Summary.header());
                    String name = encoding.name().toLowerCase();
                    if (!settings.warmup().isZero()) {
                        var warm = load.run(name + "-warm-up", opened.fleet(), settings.phase(settings.rate(),
                                settings.warmup()));
                        out.println(Summary.line(warm.report()));
                        phases.add(warm.report());
                    }
                    var outcome = load.run(name, opened.fleet(), settings.phase(settings.rate(), settings.duration()));
                    out.println(Summary.line(outcome.report()));
                    phases.add(outcome.report());
                    measured.put(encoding, outcome.report());
                    histograms.put(name + " " + Math.round(settings.rate()) + "/s", outcome.latency());
                } finally {
                    opened.fleet().close();
                }
                pause();
            }
        }
        var comparison = compare(measured.get(Encoding.PROTO), measured.get(Encoding.JSON));
        out.printf("» bytes on the wire per message: proto %.0f (%s ids), json %.0f (x%.2f); server CPU per message:"
                        + " proto %s us, json %s us (x%s)%n", comparison.protoBytesPerMessage(),
                comparison.protoBinaryIds() ? "binary" : "string", comparison.jsonBytesPerMessage(),
                comparison.jsonToProtoBytes(), comparison.protoServerMicrosPerMessage(),
                comparison.jsonServerMicrosPerMessage(), comparison.jsonToProtoServerCpu());
        var files = new ResultFiles(common.out(), "codec");
        Map<String, String> written = new LinkedHashMap<>();
        written.put("chart", files.latency("visitor -> agent latency by encoding", histograms).toString());
        var results = new Results("codec", target.kind(), startedAt, environment, options, setups,
                phases, comparison, written);
        written.put("json", files.json(results).toString());
        out.println("» results: " + written.get("json"));
        return results;
    }

    private static Comparison compare(PhaseReport proto, PhaseReport json) {
        Double protoCpu = proto.serverCpuMicrosPerMessage();
        Double jsonCpu = json.serverCpuMicrosPerMessage();
        return new Comparison(proto.binaryIds(), proto.wire().bytesPerMessage(), json.wire().bytesPerMessage(),
                ratio(json.wire().bytesPerMessage(), proto.wire().bytesPerMessage()), protoCpu, jsonCpu,
                protoCpu == null || jsonCpu == null ? null : ratio(jsonCpu, protoCpu), proto.latencyMs().p99(),
                json.latencyMs().p99());
    }

    private static double ratio(double a, double b) {
        return b == 0 ? 0 : Math.round(a / b * 100) / 100.0;
    }

    private static void pause() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
