package io.parley.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Command-line options: {@code --name value}, {@code --name=value} or a bare {@code --flag}. Every option a scenario
 * reads is remembered, so that a misspelt one is reported instead of silently ignored.
 */
public final class Options {

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)?");

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Set<String> read = new HashSet<>();

    private Options() {}

    public static Options parse(List<String> args) {
        var options = new Options();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "': options look like --name value");
            }
            String name = arg.substring(2);
            int equals = name.indexOf('=');
            if (equals >= 0) {
                options.values.put(name.substring(0, equals), name.substring(equals + 1));
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                options.values.put(name, args.get(++i));
            } else {
                options.values.put(name, "true");
            }
        }
        return options;
    }

    public static Options of(Map<String, String> values) {
        var options = new Options();
        options.values.putAll(values);
        return options;
    }

    public @Nullable String string(String name) {
        read.add(name);
        return values.get(name);
    }

    public String string(String name, String fallback) {
        String value = string(name);
        return value == null ? fallback : value;
    }

    public String required(String name, String hint) {
        String value = string(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required: " + hint);
        }
        return value;
    }

    public int integer(String name, int fallback) {
        String value = string(name);
        return value == null ? fallback : Integer.parseInt(value.replace("_", ""));
    }

    public double decimal(String name, double fallback) {
        String value = string(name);
        return value == null ? fallback : Double.parseDouble(value.replace("_", ""));
    }

    public @Nullable Long optionalLong(String name) {
        String value = string(name);
        return value == null ? null : Long.valueOf(value);
    }

    public boolean flag(String name) {
        return Boolean.parseBoolean(string(name, "false"));
    }

    /** 30s, 2m, 500ms, 1.5s; a bare number is seconds. */
    public Duration duration(String name, Duration fallback) {
        String value = string(name);
        if (value == null) {
            return fallback;
        }
        Matcher matcher = DURATION.matcher(value.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("--" + name + " " + value + ": use a duration such as 30s, 2m or 500ms");
        }
        double amount = Double.parseDouble(matcher.group(1));
        double millis = switch (matcher.group(2) == null ? "s" : matcher.group(2)) {
            case "ms" -> amount;
            case "m" -> amount * 60_000;
            case "h" -> amount * 3_600_000;
            default -> amount * 1000;
        };
        return Duration.ofMillis(Math.round(millis));
    }

    /** A comma-separated list of whole numbers, such as 1000,5000,10000. */
    public List<Integer> integers(String name, List<Integer> fallback) {
        String value = string(name);
        if (value == null) {
            return fallback;
        }
        List<Integer> numbers = new ArrayList<>();
        for (String part : value.split(",")) {
            numbers.add(Integer.parseInt(part.trim().replace("_", "")));
        }
        return numbers;
    }

    /** Fails on any option no scenario step asked for: a typo must not silently change what is measured. */
    public void requireAllRead() {
        var unknown = new ArrayList<>(values.keySet());
        unknown.removeAll(read);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown option(s) " + unknown.stream().map(n -> "--" + n).toList());
        }
    }

    public Map<String, String> asMap() {
        return Map.copyOf(values);
    }
}
