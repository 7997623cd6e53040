package io.parley.shared.adapter.jdbc;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * PostgreSQL array literals passed as one text parameter ({@code CAST(:ids AS uuid[])}), so that a statement with a
 * list of any length keeps one text and one prepared plan.
 */
public final class ArrayLiterals {

    private ArrayLiterals() {}

    /** Every element double-quoted, with backslashes and quotes escaped: safe whatever the elements hold. */
    public static String of(Collection<?> elements) {
        return elements.stream().map(e -> '"' + e.toString().replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                .collect(Collectors.joining(",", "{", "}"));
    }
}
