package io.parley.benchmarks.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The whole machine's busy CPU time from /proc/stat. Server, database and generator share the cores here, so the
 * machine's figure beside the two processes' shows what the rest (PostgreSQL, other work) took.
 */
record MachineCpu(long busyTicks, long totalTicks) {

    private static final double TICKS_PER_SECOND = 100.0;

    static @Nullable MachineCpu read() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < fields.length && i <= 8; i++) {
                total += Long.parseLong(fields[i]);
            }
            long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
            return new MachineCpu(total - idle, total);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Cores kept busy on average since the earlier reading. */
    static @Nullable Double coresBusy(@Nullable MachineCpu start, @Nullable MachineCpu end, double seconds) {
        if (start == null || end == null || seconds <= 0) {
            return null;
        }
        return ProcessUsage.round((end.busyTicks - start.busyTicks) / TICKS_PER_SECOND / seconds);
    }
}
