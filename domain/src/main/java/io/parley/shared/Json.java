package io.parley.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Writes the small JSON objects webhook payloads are; members keep their order, null members are left out. */
public final class Json {

    private Json() {}

    public static Map<String, @Nullable Object> object() {
        return new LinkedHashMap<>();
    }

    public static String write(Map<String, ?> object) {
        var out = new StringBuilder();
        value(out, object);
        return out.toString();
    }

    private static void value(StringBuilder out, @Nullable Object value) {
        switch (value) {
            case null -> out.append("null");
            case Map<?, ?> map -> {
                out.append('{');
                boolean first = true;
                for (var entry : map.entrySet()) {
                    if (entry.getValue() == null) {
                        continue;
                    }
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    string(out, entry.getKey().toString());
                    out.append(':');
                    value(out, entry.getValue());
                }
                out.append('}');
            }
            case Number number -> out.append(number);
            case Boolean bool -> out.append(bool);
            default -> string(out, value.toString());
        }
    }

    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
