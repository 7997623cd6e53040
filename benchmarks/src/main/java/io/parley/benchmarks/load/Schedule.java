package io.parley.benchmarks.load;

/**
 * When each message of an open-loop load is due: message k at start + k / rate, whatever the replies do. Latency is
 * measured from this intended time, so a stalled server or a late sender cannot hide waiting time (no coordinated
 * omission).
 */
public record Schedule(long startNanos, double ratePerSecond, int messages) {

    public static Schedule of(double ratePerSecond, double seconds, long startNanos) {
        if (ratePerSecond <= 0 || seconds <= 0) {
            throw new IllegalArgumentException("rate and duration must be positive");
        }
        long messages = Math.round(ratePerSecond * seconds);
        if (messages > Integer.MAX_VALUE / 8) {
            throw new IllegalArgumentException("rate x duration is too many messages for one run: " + messages);
        }
        return new Schedule(startNanos, ratePerSecond, (int) Math.max(1, messages));
    }

    public long dueAt(long index) {
        return startNanos + Math.round(index * 1e9 / ratePerSecond);
    }

    /** How many messages are due at the given time, at most all of them. */
    public int dueBy(long nanos) {
        if (nanos < startNanos) {
            return 0;
        }
        long due = (long) Math.floor((nanos - startNanos) * ratePerSecond / 1e9) + 1;
        return (int) Math.min(due, messages);
    }

    public double seconds() {
        return messages / ratePerSecond;
    }
}
