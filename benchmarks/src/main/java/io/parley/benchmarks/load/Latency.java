package io.parley.benchmarks.load;

import org.HdrHistogram.Histogram;

/** Percentiles of a histogram recorded in microseconds, in milliseconds. */
public record Latency(long count, double mean, double p50, double p90, double p99, double p999, double max) {

    private static final double MICROS_PER_MILLI = 1000.0;

    public static Latency of(Histogram micros) {
        if (micros.getTotalCount() == 0) {
            return new Latency(0, 0, 0, 0, 0, 0, 0);
        }
        return new Latency(micros.getTotalCount(), ms(micros.getMean()), ms(micros.getValueAtPercentile(50)),
                ms(micros.getValueAtPercentile(90)), ms(micros.getValueAtPercentile(99)),
                ms(micros.getValueAtPercentile(99.9)), ms(micros.getMaxValue()));
    }

    private static double ms(double micros) {
        return Math.round(micros / MICROS_PER_MILLI * 1000.0) / 1000.0;
    }
}
