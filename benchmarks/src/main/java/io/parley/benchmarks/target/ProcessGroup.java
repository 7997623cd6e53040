package io.parley.benchmarks.target;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * All local processes of one name, such as the PostgreSQL server's backends: their CPU time shows what the database
 * costs per message when it runs on the same machine. Other clients of the same database count too.
 */
public record ProcessGroup(String name) {

    private static final long NANOS_PER_TICK = 10_000_000L;

    /** CPU ticks per process at one moment. */
    public record Snapshot(Map<String, Long> ticksByPid) {}

    public Snapshot snapshot() {
        Map<String, Long> ticks = new HashMap<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .forEach(process -> read(process, ticks));
        } catch (IOException e) {
            return new Snapshot(Map.of());
        }
        return new Snapshot(ticks);
    }

    /**
     * CPU time used since the earlier snapshot by the processes alive now (a process that ended meanwhile is left
     * out rather than making the sum shrink); null when none of that name runs here.
     */
    public @Nullable Long cpuNanosSince(Snapshot earlier) {
        Snapshot now = snapshot();
        if (now.ticksByPid().isEmpty()) {
            return null;
        }
        long ticks = 0;
        for (var process : now.ticksByPid().entrySet()) {
            ticks += Math.max(0, process.getValue() - earlier.ticksByPid().getOrDefault(process.getKey(), 0L));
        }
        return ticks * NANOS_PER_TICK;
    }

    private void read(Path process, Map<String, Long> ticks) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            int close = stat.lastIndexOf(')');
            if (stat.substring(stat.indexOf('(') + 1, close).equals(name)) {
                String[] fields = stat.substring(close + 2).split(" ");
                ticks.put(process.getFileName().toString(), Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
            }
        } catch (IOException | RuntimeException e) {
            // the process ended while being read
        }
    }
}
