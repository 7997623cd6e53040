package io.parley.benchmarks.scenario;

import io.parley.benchmarks.Options;
import java.util.Map;
import java.util.TreeMap;

/** What scenarios share beyond their options. */
final class Scenarios {

    private Scenarios() {}

    /** The options as given, for the results file; secrets left out. */
    static Map<String, String> recorded(Options options) {
        Map<String, String> recorded = new TreeMap<>(options.asMap());
        recorded.computeIfPresent("password", (name, value) -> "(given)");
        return recorded;
    }
}
