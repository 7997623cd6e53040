package io.parley.benchmarks.load;

import io.parley.benchmarks.target.ServerProbe;
import org.jspecify.annotations.Nullable;

/**
 * A process's resources over a measured window: CPU as seconds and as cores busy on average, time in collection
 * pauses; memory and threads at the window's end. Fields are null where the process could not be observed.
 */
public record ProcessUsage(double seconds, @Nullable Double cpuSeconds, @Nullable Double cpuCores,
                           @Nullable Double gcPauseMillis, @Nullable Double rssMb, @Nullable Double heapUsedMb,
                           @Nullable Integer threads) {

    private static final double MB = 1024.0 * 1024.0;

    /** Starts a window; {@link Window#close()} ends it. */
    public static Window measure(ServerProbe probe) {
        return new Window(probe, System.nanoTime(), probe.sample());
    }

    public record Window(ServerProbe probe, long startedAt, ServerProbe.Sample start) {

        public ProcessUsage close() {
            var end = probe.sample();
            double seconds = (System.nanoTime() - startedAt) / 1e9;
            Double cpu = start.cpuNanos() == null || end.cpuNanos() == null ? null
                    : (end.cpuNanos() - start.cpuNanos()) / 1e9;
            Double gc = start.gcPauseNanos() == null || end.gcPauseNanos() == null ? null
                    : round((end.gcPauseNanos() - start.gcPauseNanos()) / 1e6);
            return new ProcessUsage(round(seconds), cpu == null ? null : round(cpu),
                    cpu == null ? null : round(cpu / seconds), gc, megabytes(end.rssBytes()),
                    megabytes(end.heapUsedBytes()), end.threads());
        }
    }

    static @Nullable Double megabytes(@Nullable Long bytes) {
        return bytes == null ? null : round(bytes / MB);
    }

    static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }
}
