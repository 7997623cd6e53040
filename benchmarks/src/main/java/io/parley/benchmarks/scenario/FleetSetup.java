package io.parley.benchmarks.scenario;

import io.parley.benchmarks.client.Encoding;
import io.parley.benchmarks.client.FrameListener;
import io.parley.benchmarks.client.LoadClient;
import io.parley.benchmarks.load.Fleet;
import io.parley.benchmarks.load.Latency;
import io.parley.benchmarks.target.Target;
import io.parley.gateway.protocol.Authenticate;
import io.parley.gateway.protocol.Authenticated;
import java.io.PrintStream;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Opens the agents and the visitors (each with a new conversation) of a chat load. */
public final class FleetSetup {

    /** How the setup went, and the limits the server announced in its Authenticated frame. */
    public record Figures(int visitorsRequested, int visitorsOpened, int agentsOpened, double rampSeconds,
                   double setupsPerSecond, Map<String, Long> failures, Latency setupMs,
                   @Nullable Integer maxMessagesPerSecond, @Nullable Integer heartbeatIntervalMs) {}

    record Opened(Fleet fleet, Figures figures) {}

    private FleetSetup() {}

    static Opened open(LoadClient client, Target target, Common common, Encoding encoding,
                       List<Authenticate> visitors, int agents, PrintStream out) {
        var agentRamp = Ramp.open(client, target.agentWebSocket(), encoding,
                Collections.nCopies(agents, target.agentCredential()), null, common.rampConcurrency(), false,
                FrameListener.IGNORE);
        if (agentRamp.opened().size() < agents) {
            agentRamp.opened().forEach(connection -> connection.close());
            throw new IllegalStateException("agent connections failed: " + agentRamp.failures()
                    + "; check --email/--password and that the server's WebSocket endpoint is " + target.agentWebSocket());
        }
        out.printf("» %d agent connection(s) open; opening %d visitor connections, each starting a conversation%n",
                agents, visitors.size());
        var visitorRamp = Ramp.open(client, encoding, visitors, target.origin(), common.rampConcurrency(), true,
                FrameListener.IGNORE);
        out.printf("» %d visitors ready in %.1f s (%.0f/s)%s%n", visitorRamp.opened().size(), visitorRamp.seconds(),
                visitorRamp.perSecond(), visitorRamp.failures().isEmpty() ? "" : ", failures " + visitorRamp.failures());
        if (visitorRamp.opened().isEmpty()) {
            agentRamp.opened().forEach(connection -> connection.close());
            throw new IllegalStateException("no visitor connection could be set up: " + visitorRamp.failures());
        }
        Authenticated announced = visitorRamp.opened().getFirst().authenticated().join();
        if (common.binaryIds() && encoding.carriesBinaryIds() && !announced.getBinaryIds()) {
            out.println("» the server did not agree to binary ids: ids travel as strings");
        }
        var figures = new Figures(visitors.size(), visitorRamp.opened().size(), agentRamp.opened().size(),
                Math.round(visitorRamp.seconds() * 100) / 100.0, visitorRamp.perSecond(), visitorRamp.failures(),
                Latency.of(visitorRamp.setupMicros()),
                announced.getMaxMessagesPerSecond() > 0 ? announced.getMaxMessagesPerSecond() : null,
                announced.getHeartbeatIntervalMs() > 0 ? announced.getHeartbeatIntervalMs() : null);
        return new Opened(new Fleet(encoding, agentRamp.opened(), visitorRamp.opened()), figures);
    }

    /** The per-visitor rate a total rate means, with a warning when it exceeds the server's per-connection limit. */
    static void warnAboutRateLimit(Figures figures, double rate, PrintStream out) {
        Integer limit = figures.maxMessagesPerSecond();
        double perVisitor = rate / Math.max(1, figures.visitorsOpened());
        if (limit != null && perVisitor > limit) {
            out.printf("» warning: %.0f msgs/s over %d visitors is %.1f msgs/s each, above the server's limit of %d"
                    + " per connection: add --conversations%n", rate, figures.visitorsOpened(), perVisitor, limit);
        }
    }
}
