package io.parley.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import io.parley.benchmarks.target.ServerProbe;
import org.jspecify.annotations.Nullable;

/** The machine and JVM a result was measured on: figures mean little without them. */
public record Environment(int cores, @Nullable Double memoryGib, String java, String os, String transport,
                          @Nullable Long generatorOpenFileLimit, @Nullable Double loadAverageAtStart) {

    public static Environment current(String transport) {
        return new Environment(Runtime.getRuntime().availableProcessors(), totalMemoryGib(),
                System.getProperty("java.vm.name") + " " + Runtime.version(),
                System.getProperty("os.name") + " " + System.getProperty("os.version"), transport,
                ServerProbe.self().openFileLimit(), loadAverage());
    }

    /**
     * The machine's one-minute load average: on a shared machine, a phase run while other work kept the cores busy
     * shows it here.
     */
    public static @Nullable Double loadAverage() {
        try {
            return Double.valueOf(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static @Nullable Double totalMemoryGib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kib = Long.parseLong(line.replaceAll("\\D", ""));
                    return Math.round(kib / 1024.0 / 1024.0 * 10) / 10.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }
}
