package io.parley.benchmarks.scenario;

import io.parley.benchmarks.Options;
import io.parley.benchmarks.target.Target;
import java.io.PrintStream;
import java.util.Map;

/** S2: chat latency at a fixed rate, or the saturation rate and the latency at fractions of it, against Parley. */
public final class ChatScenario {

    private final Common common;
    private final ChatSettings settings;
    private final Map<String, String> options;
    private final Target target;

    public ChatScenario(Options options) {
        this.common = Common.from(options);
        this.settings = ChatSettings.from(options);
        this.options = Scenarios.recorded(options);
        var parley = Common.parley(options);
        options.requireAllRead();
        this.target = parley.connect(common.serverPid());
    }

    public ChatRun.Results run(PrintStream out) {
        return ChatRun.run("chat", target, common, settings, options, out);
    }
}
