package io.parley.benchmarks.scenario;

import io.parley.benchmarks.client.LoadClient;
import io.parley.benchmarks.load.Fleet;
import io.parley.benchmarks.load.LoadPhase;
import io.parley.benchmarks.load.PhaseReport;
import io.parley.benchmarks.report.Environment;
import io.parley.benchmarks.report.ResultFiles;
import io.parley.benchmarks.report.Summary;
import io.parley.benchmarks.target.Target;
import java.io.PrintStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.jspecify.annotations.Nullable;

/**
 * The chat load (S2), against Parley or the bare relay: visitors each with a conversation send at a fixed total rate,
 * agents receive everything. Either one measured phase, or a saturation search followed by phases at fractions of
 * the saturation rate.
 */
public final class ChatRun {

    /** Everything the results file holds. */
    public record Results(String scenario, String target, String visitorNode, String agentNode, String startedAt,
                          Environment environment,
                   Map<String, String> options, double visitorSessionSeconds, FleetSetup.Figures setup,
                   List<PhaseReport> phases, @Nullable Double saturationRate, String passCriterion,
                   Map<String, String> files) {}

    private static final Duration PAUSE = Duration.ofSeconds(1);

    private ChatRun() {}

    static Results run(String scenario, Target target, Common common, ChatSettings settings,
                       Map<String, String> options, PrintStream out) {
        String startedAt = OffsetDateTime.now().toString();
        try (LoadClient client = common.client(target)) {
            out.printf("» %s against %s (%s, %s): creating %d visitors%n", scenario, nodes(target),
                    common.encoding().subprotocol(), client.transport(), settings.conversations());
            var environment = Environment.current(client.transport());
            long sessionsStarted = System.nanoTime();
            var visitors = target.newVisitors(settings.conversations());
            double sessionSeconds = Math.round((System.nanoTime() - sessionsStarted) / 1e7) / 100.0;
            var opened = FleetSetup.open(client, target, common, common.encoding(), visitors, settings.agents(), out);
            var fleet = opened.fleet();
            var load = new LoadPhase(target.probe(), client.wire(), common.databaseOf(target));
            List<PhaseReport> phases = new ArrayList<>();
            Map<String, Histogram> histograms = new LinkedHashMap<>();
            Double saturation = null;
            try {
                double firstRate = settings.findSaturation() ? settings.startRate() : settings.rate();
                FleetSetup.warnAboutRateLimit(opened.figures(), settings.findSaturation() ? settings.maxRate()
                        : settings.rate(), out);
                out.println(Summary.header());
                if (!settings.warmup().isZero()) {
                    phases.add(print(out, load.run("warm-up", fleet, settings.phase(firstRate, settings.warmup())))
                            .report());
                }
                if (settings.findSaturation()) {
                    saturation = search(settings, load, fleet, phases, histograms, out);
                    long closed = LoadPhase.closed(fleet);
                    if (closed > 0) {
                        out.println("» " + closed + " connection(s) closed during the search: no phases at fractions");
                    }
                    if (saturation != null && closed == 0) {
                        for (int percent : settings.fractionsPercent()) {
                            pause();
                            var outcome = print(out, load.run("at-" + percent + "%", fleet,
                                    settings.phase(saturation * percent / 100.0, settings.duration())));
                            phases.add(outcome.report());
                            histograms.put(outcome.report().label() + " " + Math.round(outcome.report().targetRate())
                                    + "/s", outcome.latency());
                        }
                    }
                } else {
                    var outcome = print(out, load.run("measure", fleet, settings.phase(settings.rate(),
                            settings.duration())));
                    phases.add(outcome.report());
                    histograms.put("measure " + Math.round(settings.rate()) + "/s", outcome.latency());
                }
            } finally {
                fleet.close();
            }
            var files = new ResultFiles(common.out(), scenario);
            Map<String, String> written = new LinkedHashMap<>();
            boolean crossNode = !target.agentWebSocket().equals(target.webSocket());
            written.put("chart", files.latency("visitor -> agent latency, " + target.kind()
                    + (crossNode ? ", across nodes" : ""), histograms).toString());
            var results = new Results(scenario, target.kind(), target.webSocket().toString(),
                    target.agentWebSocket().toString(), startedAt, environment,
                    options, sessionSeconds, opened.figures(), phases, saturation,
                    "p99 <= " + settings.p99LimitMs() + " ms, nothing lost, unanswered or refused, generator on schedule",
                    written);
            written.put("json", files.json(results).toString());
            if (saturation != null) {
                out.printf("» saturation: %.0f msgs/s (last step that passed: %s)%n", saturation,
                        results.passCriterion());
            } else if (settings.findSaturation()) {
                out.println("» saturation: not reached a passing step; lower --start-rate");
            }
            out.println("» nodes: " + nodes(target));
            out.println("» results: " + written.get("json") + "  chart: " + written.get("chart"));
            return results;
        }
    }

    /** One node, or which node holds the visitors and which the agents. */
    static String nodes(Target target) {
        return target.agentWebSocket().equals(target.webSocket()) ? target.webSocket().toString()
                : "visitors on " + target.webSocket() + ", agents on " + target.agentWebSocket();
    }

    private static @Nullable Double search(ChatSettings settings, LoadPhase load, Fleet fleet,
                                           List<PhaseReport> phases, Map<String, Histogram> histograms,
                                           PrintStream out) {
        Double saturation = null;
        for (double rate = settings.startRate(); rate <= settings.maxRate(); rate += settings.stepRate()) {
            pause();
            var outcome = print(out, load.run("step-" + Math.round(rate), fleet,
                    settings.phase(rate, settings.stepDuration())));
            phases.add(outcome.report());
            if (!outcome.report().passed()) {
                break;
            }
            saturation = rate;
            histograms.put(outcome.report().label() + "/s", outcome.latency());
            if (LoadPhase.closed(fleet) > 0) {
                out.println("» stopping: " + LoadPhase.closed(fleet) + " connections closed");
                break;
            }
        }
        return saturation;
    }

    private static LoadPhase.Outcome print(PrintStream out, LoadPhase.Outcome outcome) {
        out.println(Summary.line(outcome.report()));
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
