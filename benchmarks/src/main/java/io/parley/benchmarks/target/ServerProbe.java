package io.parley.benchmarks.target;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Reads the server process from outside: resident memory, CPU time and thread count from /proc when its PID is
 * known, heap use (and CPU time without a PID) from its actuator metrics when it has them.
 */
public final class ServerProbe {

    /** Linux reports CPU time in clock ticks; 100 per second on every mainstream kernel configuration. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private final @Nullable Long pid;
    private final @Nullable ParleyRest rest;
    private final @Nullable String token;

    public ServerProbe(@Nullable Long pid, @Nullable ParleyRest rest, @Nullable String token) {
        this.pid = pid;
        this.rest = rest;
        this.token = token;
    }

    public static ServerProbe none() {
        return new ServerProbe(null, null, null);
    }

    /** This very process: the load generator's own figures, or a server running inside it. */
    public static ServerProbe self() {
        return new ServerProbe(ProcessHandle.current().pid(), null, null);
    }

    /** One reading; every field is null when it cannot be measured. */
    public record Sample(@Nullable Long rssBytes, @Nullable Long heapUsedBytes, @Nullable Long cpuNanos,
                         @Nullable Integer threads, @Nullable Long gcPauseNanos) {}

    public @Nullable Long pid() {
        return pid;
    }

    public Sample sample() {
        return new Sample(statusField("VmRSS", 1024), heapUsed(), cpuNanos(), threads(), gcPauseNanos());
    }

    /**
     * Asks the server JVM for a full collection so that heap figures compare live data, not garbage; true when it
     * could.
     */
    public boolean collectGarbage() {
        if (pid == null) {
            return false;
        }
        if (pid == ProcessHandle.current().pid()) {
            System.gc();
            return true;
        }
        var jcmd = ProcessHandle.current().info().command().map(java -> Path.of(java).resolveSibling("jcmd"));
        if (jcmd.isEmpty() || !Files.isExecutable(jcmd.get())) {
            return false;
        }
        try {
            Process process = new ProcessBuilder(List.of(jcmd.get().toString(), pid.toString(), "GC.run"))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The server's "Max open files" soft limit: one descriptor per connection caps the connections it can hold. */
    public @Nullable Long openFileLimit() {
        if (pid == null) {
            return null;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc", pid.toString(), "limits"))) {
                if (line.startsWith("Max open files")) {
                    String soft = line.substring("Max open files".length()).trim().split("\\s+")[0];
                    return soft.equals("unlimited") ? null : Long.valueOf(soft);
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    private @Nullable Long heapUsed() {
        if (rest == null) {
            return pid != null && pid == ProcessHandle.current().pid() ? ownHeap() : null;
        }
        OptionalDouble heap = rest.metric("jvm.memory.used", "area:heap", token);
        return heap.isPresent() ? (long) heap.getAsDouble() : null;
    }

    private @Nullable Long cpuNanos() {
        if (pid != null && pid == ProcessHandle.current().pid()
                && ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        if (pid != null) {
            try {
                String stat = Files.readString(Path.of("/proc", pid.toString(), "stat"));
                // the command name in parentheses may hold spaces: count fields after its closing parenthesis
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * NANOS_PER_TICK;
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
        if (rest != null) {
            OptionalDouble cpu = rest.metric("process.cpu.time", null, token);
            return cpu.isPresent() ? (long) cpu.getAsDouble() : null;
        }
        return null;
    }

    /** Time spent in collection pauses so far; concurrent collector threads are not pauses and are left out. */
    private @Nullable Long gcPauseNanos() {
        if (rest != null) {
            OptionalDouble total = rest.metric("jvm.gc.pause", null, token, "TOTAL_TIME");
            return total.isPresent() ? (long) total.getAsDouble() : null;
        }
        if (pid == null || pid != ProcessHandle.current().pid()) {
            return null;
        }
        long millis = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!collector.getName().contains("Concurrent") && collector.getCollectionTime() > 0) {
                millis += collector.getCollectionTime();
            }
        }
        return millis * 1_000_000;
    }

    private @Nullable Integer threads() {
        Long threads = statusField("Threads", 1);
        return threads == null ? null : threads.intValue();
    }

    private @Nullable Long statusField(String name, long unit) {
        if (pid == null) {
            return null;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc", pid.toString(), "status"))) {
                if (line.startsWith(name + ":")) {
                    return Long.parseLong(line.substring(name.length() + 1).trim().split("\\s+")[0]) * unit;
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    private static long ownHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
