package io.parley.benchmarks.ingest;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.jspecify.annotations.Nullable;

/**
 * What every request of an ingest load was answered, shared by all its clients: 201 stored, 200 a duplicate (the
 * message was stored before), anything else an error counted by its status ({@code 429} apart, since it means a rate
 * limit and not a fault), or {@code timeout} / {@code io} when no answer came. Latency in microseconds: from the
 * intended send time (open loop; no coordinated omission) or the actual one (closed loop) to the answer.
 */
public final class IngestLedger {

    /** A message the server acknowledged: its id and conversation as the answer named them. */
    public record Ack(String id, String conversationId) {}

    /** The counts of one phase. */
    public record Tally(long attempted, long stored, long duplicates, long rateLimited, Map<String, Long> errors) {

        public long acknowledged() {
            return stored + duplicates;
        }

        /** Every error, rate limits included. */
        public long errorCount() {
            return rateLimited + errors.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static final long MAX_MICROS = 3_600_000_000L;

    private final String prefix;
    private final LongAdder attempted = new LongAdder();
    private final LongAdder stored = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private final LongAdder rateLimited = new LongAdder();
    private final ConcurrentMap<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Ack> acks = new ConcurrentHashMap<>();
    private final Histogram latency = new ConcurrentHistogram(MAX_MICROS, 3);
    private final Histogram service = new ConcurrentHistogram(MAX_MICROS, 3);
    private volatile long lastAnsweredAt;

    /** @param prefix starts the message id of every message of this ledger, unique to the run and phase */
    public IngestLedger(String prefix) {
        this.prefix = prefix;
    }

    /** The integrator's message id (or idempotency key) of message {@code index}: the prefix and the index. */
    public String messageId(int index) {
        return prefix + index;
    }

    public String prefix() {
        return prefix;
    }

    /** The body of message {@code index}: its message id first, so that the stored history can be matched to it. */
    public String body(int index, int bytes) {
        String id = messageId(index);
        return id.length() + 1 >= bytes ? id : id + " " + "x".repeat(bytes - id.length() - 1);
    }

    public void attempted() {
        attempted.increment();
    }

    /**
     * One answer.
     *
     * @param intendedAt when the request was due (System.nanoTime), for the latency
     * @param sentAt when it was actually sent, for the service time
     * @param ack the stored message, for 200 and 201; null otherwise
     */
    public void answered(int index, int status, long intendedAt, long sentAt, long answeredAt, @Nullable Ack ack) {
        switch (status) {
            case 201 -> stored.increment();
            case 200 -> duplicates.increment();
            case 429 -> rateLimited.increment();
            default -> errors.computeIfAbsent(Integer.toString(status), s -> new LongAdder()).increment();
        }
        if ((status == 200 || status == 201) && ack != null) {
            acks.put(messageId(index), ack);
        }
        record(intendedAt, sentAt, answeredAt);
    }

    /** A request that got no answer: {@code timeout}, {@code io} (connection refused or reset), ... */
    public void failed(String cause, long intendedAt, long sentAt, long answeredAt) {
        errors.computeIfAbsent(cause, c -> new LongAdder()).increment();
        record(intendedAt, sentAt, answeredAt);
    }

    private void record(long intendedAt, long sentAt, long answeredAt) {
        latency.recordValue(Math.clamp((answeredAt - intendedAt) / 1000, 0, MAX_MICROS));
        service.recordValue(Math.clamp((answeredAt - sentAt) / 1000, 0, MAX_MICROS));
        lastAnsweredAt = answeredAt;
    }

    public Tally tally() {
        Map<String, Long> byCause = new TreeMap<>();
        errors.forEach((cause, count) -> byCause.put(cause, count.sum()));
        return new Tally(attempted.sum(), stored.sum(), duplicates.sum(), rateLimited.sum(), byCause);
    }

    /** Acknowledged messages by message id. */
    public Map<String, Ack> acks() {
        return Map.copyOf(acks);
    }

    public Histogram latency() {
        return latency;
    }

    public Histogram service() {
        return service;
    }

    public long lastAnsweredAt() {
        return lastAnsweredAt;
    }
}
