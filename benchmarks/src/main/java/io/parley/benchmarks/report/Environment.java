package io.parley.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** The machine and JVM a result was measured on: figures mean little without them. */
public record Environment(int cores, @Nullable Double memoryGib, String java, String os, String transport,
                          @Nullable Long generatorOpenFileLimit) {

    public static Environment current(String transport) {
        return new Environment(Runtime.getRuntime().availableProcessors(), totalMemoryGib(),
                System.getProperty("java.vm.name") + " " + Runtime.version(),
                System.getProperty("os.name") + " " + System.getProperty("os.version"), transport,
                new io.parley.benchmarks.target.ServerProbe(ProcessHandle.current().pid(), null, null).openFileLimit());
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
