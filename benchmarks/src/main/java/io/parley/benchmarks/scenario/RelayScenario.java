package io.parley.benchmarks.scenario;

import io.parley.benchmarks.Options;
import io.parley.benchmarks.relay.RelayServer;
import io.parley.benchmarks.target.RelayTarget;
import java.io.PrintStream;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * S4: the chat load against the bare relay, so that Parley's figures can be read as a fraction of what this machine
 * allows. Runs the relay in this process unless --url names one started with {@code relay-server}; a separate
 * process keeps the relay's memory and CPU apart from the generator's.
 */
public final class RelayScenario {

    private final Common common;
    private final ChatSettings settings;
    private final Map<String, String> options;
    private final @Nullable String url;
    private final int relayThreads;
    private final @Nullable Double parleySaturation;

    public RelayScenario(Options options) {
        this.common = Common.from(options);
        this.settings = ChatSettings.from(options);
        this.options = Scenarios.recorded(options);
        this.url = options.string("url");
        this.relayThreads = options.integer("relay-threads", Runtime.getRuntime().availableProcessors());
        String parley = options.string("parley-saturation");
        this.parleySaturation = parley == null ? null : Double.valueOf(parley);
        options.requireAllRead();
    }

    public ChatRun.Results run(PrintStream out) {
        if (url != null) {
            URI base = URI.create(url);
            var endpoint = URI.create("ws://" + base.getHost() + ":" + base.getPort() + "/ws");
            return report(ChatRun.run("relay", new RelayTarget(endpoint, common.serverPid()), common, settings,
                    options, out), out);
        }
        try (var relay = RelayServer.start("127.0.0.1", 0, relayThreads)) {
            out.println("» relay running in this process at " + relay.webSocket()
                    + " (server figures include the generator's own)");
            return report(ChatRun.run("relay", new RelayTarget(relay.webSocket(), ProcessHandle.current().pid()),
                    common, settings, options, out), out);
        }
    }

    private ChatRun.Results report(ChatRun.Results results, PrintStream out) {
        if (parleySaturation != null && results.saturationRate() != null) {
            out.printf("» Parley's %.0f msgs/s is %.0f%% of the relay's %.0f msgs/s on this machine%n", parleySaturation,
                    100 * parleySaturation / results.saturationRate(), results.saturationRate());
        }
        return results;
    }
}
