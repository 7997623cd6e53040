package io.parley.benchmarks.scenario;

import io.parley.benchmarks.Options;
import io.parley.benchmarks.ingest.IngestLedger;
import io.parley.benchmarks.ingest.StoreCheck;
import io.parley.benchmarks.report.Environment;
import io.parley.benchmarks.report.ResultFiles;
import io.parley.benchmarks.target.ServerProbe;
import java.io.PrintStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.HdrHistogram.Histogram;
import org.jspecify.annotations.Nullable;

/**
 * API-channel ingest: clients post contacts' messages through the REST API channel with API keys, at a fixed rate
 * (open loop) or as fast as the answers come (closed loop), or step the rate up to the saturation rate. Reports the
 * messages acknowledged per second, latency, errors by status (429 apart), and at the end reads every conversation
 * back to check that each acknowledged message is stored exactly once.
 */
public final class ApiIngestScenario {

    /** Everything the results file holds. */
    public record Results(String scenario, String url, String startedAt, Environment environment,
                          Map<String, String> options, String route, int keys, int contacts,
                          List<IngestPhase.Report> phases, @Nullable Double saturationRate, StoreCheck storeCheck,
                          String passCriterion, boolean passed, Map<String, String> files) {}

    private static final Duration PAUSE = Duration.ofSeconds(1);

    private final Common.ParleyAddress parley;
    private final IngestSettings settings;
    private final Map<String, String> options;

    public ApiIngestScenario(Options options) {
        this.parley = Common.parley(options);
        this.settings = IngestSettings.from(options, 500, 100);
        this.options = Scenarios.recorded(options);
        options.requireAllRead();
    }

    public Results run(PrintStream out) {
        String startedAt = OffsetDateTime.now().toString();
        var environment = Environment.current("HTTP/1.1 REST");
        var channel = ApiChannel.create(parley, settings.keys(), settings.contacts(), settings.route(), out);
        var phase = new IngestPhase(new ServerProbe(settings.serverPid(), channel.rest, channel.adminToken),
                settings.database());
        List<IngestPhase.Report> phases = new ArrayList<>();
        List<IngestLedger> ledgers = new ArrayList<>();
        Map<String, Histogram> histograms = new LinkedHashMap<>();
        Double saturation = null;
        out.printf("» api-ingest against %s: route %s, %d client(s), %s%n", parley.base(),
                settings.route().name().toLowerCase(), settings.clients(),
                settings.closedLoop() ? "closed loop" : settings.findSaturation() ? "saturation search"
                        : Math.round(settings.rate()) + " msgs/s");
        out.println(IngestPhase.HEADER);
        double firstRate = settings.findSaturation() ? settings.startRate() : settings.rate();
        if (!settings.warmup().isZero()) {
            var warm = run(phase, channel, "warm-up", firstRate, settings.warmup(), out);
            phases.add(warm.report());
            ledgers.add(warm.ledger());
        }
        if (settings.findSaturation() && !settings.closedLoop()) {
            for (double rate = settings.startRate(); rate <= settings.maxRate(); rate += settings.stepRate()) {
                pause();
                var step = run(phase, channel, "step-" + Math.round(rate), rate, settings.stepDuration(), out);
                phases.add(step.report());
                ledgers.add(step.ledger());
                if (!step.report().passed()) {
                    break;
                }
                saturation = rate;
                histograms.put(step.report().label() + "/s", step.latency());
            }
            if (saturation != null) {
                for (int percent : settings.fractionsPercent()) {
                    pause();
                    var at = run(phase, channel, "at-" + percent + "%", saturation * percent / 100.0,
                            settings.duration(), out);
                    phases.add(at.report());
                    ledgers.add(at.ledger());
                    histograms.put(at.report().label() + " " + Math.round(at.report().targetRate()) + "/s",
                            at.latency());
                }
            }
        } else {
            var measure = run(phase, channel, "measure", settings.rate(), settings.duration(), out);
            phases.add(measure.report());
            ledgers.add(measure.ledger());
            histograms.put("measure " + (settings.closedLoop() ? settings.clients() + " clients"
                    : Math.round(settings.rate()) + "/s"), measure.latency());
        }
        out.println("» reading back the stored messages");
        Set<String> acknowledged = new HashSet<>();
        Set<String> conversations = new HashSet<>();
        for (IngestLedger ledger : ledgers) {
            ledger.acks().forEach((id, ack) -> {
                acknowledged.add(id);
                conversations.add(ack.conversationId());
            });
        }
        StoreCheck check = channel.check(acknowledged, conversations);
        out.printf("» stored: %d acknowledged, %d stored, %d lost, %d duplicated, %d stored without an"
                        + " acknowledgement (timeouts, errors)%n", check.acknowledged(), check.stored(), check.lost(),
                check.duplicated(), check.unacknowledgedStored());
        var files = new ResultFiles(settings.out(), "api-ingest");
        Map<String, String> written = new LinkedHashMap<>();
        written.put("chart", files.latency("API channel: post -> answer latency", histograms).toString());
        boolean passed = check.exact() && phases.stream().filter(p -> !p.label().equals("warm-up"))
                .filter(p -> !p.label().startsWith("step-")).allMatch(IngestPhase.Report::passed);
        var results = new Results("api-ingest", parley.base().toString(), startedAt, environment, options,
                settings.route().name().toLowerCase(), settings.keys(), settings.contacts(), phases, saturation, check,
                "p99 <= " + settings.p99LimitMs() + " ms, every request answered 201, generator on schedule;"
                        + " every acknowledged message stored exactly once", passed, written);
        written.put("json", files.json(results).toString());
        if (settings.findSaturation()) {
            out.println(saturation != null ? String.format("» saturation: %.0f msgs/s (last step that passed)",
                    saturation) : "» saturation: not reached a passing step; lower --start-rate");
        }
        out.println("» " + (passed ? "pass" : "FAIL") + "  results: " + written.get("json") + "  chart: "
                + written.get("chart"));
        return results;
    }

    private IngestPhase.Outcome run(IngestPhase phase, ApiChannel channel, String label, double rate,
                                    Duration duration, PrintStream out) {
        var outcome = phase.run(label, channel, settings.load(settings.closedLoop() ? 0 : rate, duration),
                settings.bodyBytes(), settings.p99LimitMs(), settings.minSentPercent());
        out.println(IngestPhase.line(outcome.report()));
        return outcome;
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
