package io.parley.benchmarks.scenario;

import io.parley.benchmarks.Options;
import io.parley.benchmarks.ingest.DeliveryTally;
import io.parley.benchmarks.ingest.IngestLedger;
import io.parley.benchmarks.ingest.IngestLoad;
import io.parley.benchmarks.ingest.WebhookReceiver;
import io.parley.benchmarks.load.Latency;
import io.parley.benchmarks.load.ProcessUsage;
import io.parley.benchmarks.report.Environment;
import io.parley.benchmarks.report.ResultFiles;
import io.parley.benchmarks.target.ServerProbe;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Webhook deliveries to a local receiver: the benchmark listens on 127.0.0.1, registers itself as a webhook endpoint
 * for {@code message.created}, posts messages through the API channel at a rate, and counts what arrives: deliveries
 * per second, the delay from each message's {@code createdAt} to its arrival, messages that never arrived, and
 * duplicates by {@code webhook-id}. The endpoint is deleted at the end.
 */
public final class WebhookDeliveriesScenario {

    /**
     * One phase. {@code storedPerSecond}: messages stored per second while posting; {@code deliveredPerSecond}:
     * messages that arrived, from the start of the posting to the last arrival; {@code backlogAtEnd}: stored messages
     * not yet arrived when the posting ended; {@code drainSeconds}: from then to the last arrival.
     */
    public record Report(String label, double targetRate, double seconds, IngestLedger.Tally posted,
                         double storedPerSecond, double deliveredPerSecond, long backlogAtEnd, double drainSeconds,
                         long expected, long received, long missing, long duplicateDeliveries, long duplicateEvents,
                         long otherEvents, Latency delayMs, ProcessUsage server,
                         @Nullable Double serverCpuMicrosPerDelivery, boolean passed, List<String> failures) {}

    /** Everything the results file holds. */
    public record Results(String scenario, String url, String receiver, String startedAt, Environment environment,
                          Map<String, String> options, List<Report> phases, String passCriterion, boolean passed,
                          Map<String, String> files) {}

    static final String HEADER = String.format("%-10s %7s %8s %8s %7s %7s %6s %5s %5s %5s %8s %8s %8s %8s %7s | %7s  %s",
            "phase", "rate/s", "stored/s", "deliv/s", "backlog", "drain s", "missed", "dupId", "dupEv", "other",
            "p50 ms", "p90 ms", "p99 ms", "max ms", "errors", "srv CPU", "result");

    private final Common.ParleyAddress parley;
    private final IngestSettings settings;
    private final Map<String, String> options;
    private final String receiverHost;
    private final int receiverPort;
    private final Duration drain;

    public WebhookDeliveriesScenario(Options options) {
        this.parley = Common.parley(options);
        this.settings = IngestSettings.from(options, 200, 60_000);
        this.receiverHost = options.string("receiver-host", "127.0.0.1");
        this.receiverPort = options.integer("receiver-port", 0);
        this.drain = options.duration("drain", Duration.ofSeconds(60));
        this.options = Scenarios.recorded(options);
        options.requireAllRead();
        if (settings.findSaturation() || settings.closedLoop()) {
            throw new IllegalArgumentException("webhook-deliveries posts at a --rate: no --find-saturation or"
                    + " --closed-loop (step the rate by hand and compare deliv/s with stored/s)");
        }
    }

    public Results run(PrintStream out) {
        String startedAt = OffsetDateTime.now().toString();
        var environment = Environment.current("HTTP/1.1 REST");
        try (var receiver = WebhookReceiver.start(receiverHost, receiverPort)) {
            var channel = ApiChannel.create(parley, settings.keys(), settings.contacts(), settings.route(), out);
            int others = channel.rest.exchange("GET", "/api/v1/webhooks/endpoints", channel.adminToken, null, 200)
                    .path("items").size();
            if (others > 0) {
                out.println("» note: the workspace has " + others + " other webhook endpoint(s); their deliveries"
                        + " share the delivering nodes' work");
            }
            String endpoint = register(channel, receiver);
            try {
                out.printf("» webhook-deliveries against %s: receiver %s, %d msgs/s through the API channel%n",
                        parley.base(), receiver.url(), Math.round(settings.rate()));
                out.println(HEADER);
                var probe = new ServerProbe(settings.serverPid(), channel.rest, channel.adminToken);
                List<Report> phases = new ArrayList<>();
                if (!settings.warmup().isZero()) {
                    phases.add(print(out, phase("warm-up", settings.warmup(), channel, receiver, probe)));
                }
                phases.add(print(out, phase("measure", settings.duration(), channel, receiver, probe)));
                if (receiver.malformed() > 0) {
                    out.println("» " + receiver.malformed() + " request(s) to the receiver were no delivery");
                }
                var files = new ResultFiles(settings.out(), "webhook-deliveries");
                Map<String, String> written = new LinkedHashMap<>();
                boolean passed = phases.getLast().passed();
                var results = new Results("webhook-deliveries", parley.base().toString(), receiver.url().toString(),
                        startedAt, environment, options, phases, "every stored message arrived as one message.created"
                        + " event (repeated webhook ids are reported, not failed: deliveries are at least once),"
                        + " every post answered 201", passed, written);
                written.put("json", files.json(results).toString());
                out.println("» " + (passed ? "pass" : "FAIL") + "  results: " + written.get("json"));
                return results;
            } finally {
                channel.rest.exchange("DELETE", "/api/v1/webhooks/endpoints/" + endpoint, channel.adminToken, null,
                        204);
            }
        }
    }

    private String register(ApiChannel channel, WebhookReceiver receiver) {
        try {
            return channel.rest.exchange("POST", "/api/v1/webhooks/endpoints", channel.adminToken,
                    Map.of("url", receiver.url().toString(), "description", "benchmark " + channel.run,
                            "events", List.of("message.created")), 201).path("endpoint").path("id").asString();
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + " (a receiver on " + receiverHost + " needs the server"
                    + " started with PARLEY_OUTBOUND_ALLOWED_HOSTS=" + receiverHost + ")", e);
        }
    }

    private Report phase(String label, Duration duration, ApiChannel channel, WebhookReceiver receiver,
                         ServerProbe probe) {
        var ledger = channel.ledger(label);
        var serverWindow = ProcessUsage.measure(probe);
        Instant start = Instant.now();
        var outcome = new IngestLoad(IngestLoad.client())
                .run(settings.load(settings.rate(), duration), ledger, channel.requests(ledger, settings.bodyBytes()));
        Set<String> expected = ledger.acks().values().stream().map(IngestLedger.Ack::id)
                .collect(Collectors.toUnmodifiableSet());
        Instant postedAt = Instant.now();
        long backlog = expected.size() - receiver.arrivedOf(expected);
        long deadline = System.nanoTime() + drain.toNanos();
        while (receiver.arrivedOf(expected) < expected.size() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        var server = serverWindow.close();
        var tally = DeliveryTally.of(expected, receiver.receipts().stream()
                .filter(receipt -> !receipt.receivedAt().isBefore(start)).toList());
        var posted = ledger.tally();
        Instant last = tally.lastAt() == null ? postedAt : tally.lastAt();
        double window = Math.max(1e-3, Duration.between(start, last).toNanos() / 1e9);
        double drainSeconds = Math.max(0, Duration.between(postedAt, last).toNanos() / 1e9);
        List<String> failures = new ArrayList<>();
        if (tally.missing() > 0) {
            failures.add(tally.missing() + " stored messages never arrived (waited --drain " + drain.toSeconds()
                    + " s)");
        }
        if (tally.duplicateEvents() > 0) {
            failures.add(tally.duplicateEvents() + " messages arrived under more than one webhook-id");
        }
        if (posted.errorCount() > 0 || posted.duplicates() > 0) {
            failures.add("posting: " + posted.rateLimited() + " x 429, errors " + posted.errors() + ", "
                    + posted.duplicates() + " duplicates");
        }
        return new Report(label, settings.rate(), IngestPhase.round(outcome.sendSeconds()), posted,
                IngestPhase.round(posted.stored() / outcome.sendSeconds()), IngestPhase.round(tally.received() / window),
                backlog, IngestPhase.round(drainSeconds), tally.expected(), tally.received(), tally.missing(),
                tally.duplicateDeliveries(), tally.duplicateEvents(), tally.otherEvents(), Latency.of(tally.delay()),
                server, server.cpuSeconds() == null || tally.received() == 0 ? null
                        : IngestPhase.round(server.cpuSeconds() * 1e6 / tally.received()),
                failures.isEmpty(), failures);
    }

    private static Report print(PrintStream out, Report phase) {
        out.println(String.format("%-10s %7.0f %8.0f %8.0f %7d %7.2f %6d %5d %5d %5d %8.2f %8.2f %8.2f %8.2f %7d | %7s  %s",
                phase.label(), phase.targetRate(), phase.storedPerSecond(), phase.deliveredPerSecond(),
                phase.backlogAtEnd(), phase.drainSeconds(), phase.missing(), phase.duplicateDeliveries(),
                phase.duplicateEvents(), phase.otherEvents(), phase.delayMs().p50(), phase.delayMs().p90(),
                phase.delayMs().p99(), phase.delayMs().max(), phase.posted().errorCount(),
                phase.server().cpuCores() == null ? "-" : String.format("%.2f", phase.server().cpuCores()),
                phase.passed() ? "pass" : "FAIL " + String.join("; ", phase.failures())));
        return phase;
    }
}
