package io.parley.benchmarks.scenario;

import io.parley.benchmarks.Options;
import io.parley.benchmarks.target.Target;
import java.io.PrintStream;
import java.net.URI;
import java.util.Map;

/**
 * S2: chat latency at a fixed rate, or the saturation rate and the latency at fractions of it, against Parley. With
 * {@code --agent-url} another node of the same cluster holds the agents (S5, cross-node hop): every message goes from
 * the visitors' node through the cluster bus to the agents' node, and the results are named "cross-node".
 */
public final class ChatScenario {

    private final Common common;
    private final ChatSettings settings;
    private final Map<String, String> options;
    private final Target target;
    private final String scenario;

    public ChatScenario(Options options) {
        this.common = Common.from(options);
        this.settings = ChatSettings.from(options);
        this.options = Scenarios.recorded(options);
        var parley = Common.parley(options);
        String agentUrl = options.string("agent-url");
        options.requireAllRead();
        URI agentBase = agentUrl == null || agentUrl.isBlank() ? null : URI.create(agentUrl);
        this.scenario = agentBase == null || agentBase.equals(parley.base()) ? "chat" : "cross-node";
        this.target = parley.connect(common.serverPid(), agentBase);
    }

    public ChatRun.Results run(PrintStream out) {
        return ChatRun.run(scenario, target, common, settings, options, out);
    }
}
