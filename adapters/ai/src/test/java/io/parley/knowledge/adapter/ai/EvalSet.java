package io.parley.knowledge.adapter.ai;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** An evaluation set: FAQ entries, visitor queries with the entry that answers them, and out-of-scope queries. */
record EvalSet(String name, List<Entry> entries, List<Query> queries, List<Query> outOfScope) {

    record Entry(String id, String lang, String question, String answer) {}

    /** {@code expected} is null for a query no entry answers. */
    record Query(String q, String lang, @Nullable String expected, @Nullable String kind) {}

    private record Json(String name, List<Entry> entries, List<Query> queries, List<Query> out_of_scope) {}

    static EvalSet read(InputStream json) throws IOException {
        try (json) {
            var parsed = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(json, Json.class);
            return new EvalSet(parsed.name(), parsed.entries(), parsed.queries(), parsed.out_of_scope());
        }
    }
}
