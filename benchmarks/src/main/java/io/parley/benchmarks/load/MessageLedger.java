package io.parley.benchmarks.load;

import com.google.protobuf.ByteString;
import io.parley.benchmarks.client.Connection;
import io.parley.benchmarks.client.FrameListener;
import io.parley.gateway.protocol.BinaryIds;
import io.parley.gateway.protocol.Message;
import io.parley.gateway.protocol.ServerFrame;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * What happened to every message of one load phase: sent, acknowledged, delivered to each agent connection (once,
 * twice or never). Client message ids carry a per-phase prefix, so deliveries of earlier phases or other clients are
 * told apart; message bodies carry their intended send time, so latency is read from the message itself.
 */
public final class MessageLedger implements FrameListener {

    private final String prefix;
    private final Schedule schedule;
    private final Map<Integer, Integer> agentSlots = new HashMap<>();
    private final int agents;
    private final AtomicIntegerArray acks;
    private final AtomicIntegerArray deliveries;
    private final AtomicIntegerArray sentFlags;
    /** Per agent, keyed by the conversation id as it arrives: a string, or 16 bytes on binary-id connections. */
    private final List<Map<Object, Long>> lastIndexByConversation;
    private final Recorder latency = new Recorder(3);
    private final Recorder ackLatency = new Recorder(3);
    private final Recorder sendLag = new Recorder(3);
    private final LongAdder sent = new LongAdder();
    private final LongAdder sendFailed = new LongAdder();
    private final LongAdder acked = new LongAdder();
    private final LongAdder delivered = new LongAdder();
    private final LongAdder duplicateDeliveries = new LongAdder();
    private final LongAdder duplicateAcks = new LongAdder();
    private final LongAdder reordered = new LongAdder();
    private final LongAdder foreign = new LongAdder();
    private final LongAdder echoes = new LongAdder();
    private final LongAdder disconnects = new LongAdder();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private volatile long lastSentAt;

    public MessageLedger(String prefix, Schedule schedule, List<Connection> agentConnections) {
        this.prefix = prefix;
        this.schedule = schedule;
        this.agents = agentConnections.size();
        for (int slot = 0; slot < agents; slot++) {
            agentSlots.put(agentConnections.get(slot).id(), slot);
        }
        this.acks = new AtomicIntegerArray(schedule.messages());
        this.sentFlags = new AtomicIntegerArray(schedule.messages());
        this.deliveries = new AtomicIntegerArray(schedule.messages() * Math.max(1, agents));
        this.lastIndexByConversation = agentConnections.stream().map(a -> (Map<Object, Long>) new HashMap<Object, Long>())
                .toList();
    }

    public Schedule schedule() {
        return schedule;
    }

    public String clientMessageId(int index) {
        return prefix + index;
    }

    /** The message body: its intended send time first, padded to the requested size. */
    public static String body(long intendedNanos, int bytes) {
        String stamp = Long.toString(intendedNanos);
        return bytes <= stamp.length() + 1 ? stamp : stamp + " " + "x".repeat(bytes - stamp.length() - 1);
    }

    void sent(int index, long now) {
        sentFlags.set(index, 1);
        sent.increment();
        sendLag.recordValue(Math.max(0, (now - schedule.dueAt(index)) / 1000));
        lastSentAt = now;
    }

    void sendFailed() {
        sendFailed.increment();
    }

    @Override
    public void onFrame(Connection connection, ServerFrame frame) {
        long now = System.nanoTime();
        switch (frame.getFrameCase()) {
            case ACK -> acknowledged(clientMessageId(frame.getAck().getClientMessageId(),
                    frame.getAck().getClientMessageIdBin()), now);
            case MESSAGE -> delivered(connection, frame.getMessage().getMessage(), now);
            case ERROR -> errors.computeIfAbsent(frame.getError().getCode(), code -> new LongAdder()).increment();
            default -> { }
        }
    }

    @Override
    public void onClosed(Connection connection) {
        disconnects.increment();
    }

    private void acknowledged(String clientMessageId, long now) {
        int index = indexOf(clientMessageId);
        if (index < 0) {
            foreign.increment();
            return;
        }
        if (acks.incrementAndGet(index) == 1) {
            acked.increment();
            ackLatency.recordValue(Math.max(0, (now - schedule.dueAt(index)) / 1000));
        } else {
            duplicateAcks.increment();
        }
    }

    private void delivered(Connection connection, Message message, long now) {
        int index = indexOf(clientMessageId(message.getClientMessageId(), message.getClientMessageIdBin()));
        if (index < 0) {
            foreign.increment();
            return;
        }
        Integer slot = agentSlots.get(connection.id());
        if (slot == null) {
            echoes.increment();
            return;
        }
        if (deliveries.incrementAndGet(slot * schedule.messages() + index) > 1) {
            duplicateDeliveries.increment();
            return;
        }
        delivered.increment();
        latency.recordValue(Math.max(0, (now - sentAt(message.getBody())) / 1000));
        Object conversation = message.getConversationIdBin().isEmpty() ? message.getConversationId()
                : message.getConversationIdBin();
        Long previous = lastIndexByConversation.get(slot).put(conversation, (long) index);
        if (previous != null && previous > index) {
            reordered.increment();
        }
    }

    /** The client message id in whichever form it came; one that cannot be read matches no message. */
    private static String clientMessageId(String text, ByteString binary) {
        try {
            return BinaryIds.text(text, binary, "client_message_id");
        } catch (BinaryIds.InvalidIdException e) {
            return "";
        }
    }

    private static long sentAt(String body) {
        int space = body.indexOf(' ');
        return Long.parseLong(space < 0 ? body : body.substring(0, space));
    }

    private int indexOf(String clientMessageId) {
        if (!clientMessageId.startsWith(prefix)) {
            return -1;
        }
        try {
            int index = Integer.parseInt(clientMessageId, prefix.length(), clientMessageId.length(), 10);
            return index >= 0 && index < schedule.messages() ? index : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Waits until every scheduled message was written, every sent one answered and every acknowledged one reached
     * every agent, or the grace period is over; returns the nanoTime it settled at.
     */
    public long awaitSettled(long graceNanos) {
        long deadline = System.nanoTime() + graceNanos;
        while (System.nanoTime() < deadline) {
            long answered = acked.sum() + duplicateAcks.sum() + errorCount();
            boolean allHandedOut = sent.sum() + sendFailed.sum() >= schedule.messages();
            if (allHandedOut && answered >= sent.sum() && delivered.sum() >= acked.sum() * agents) {
                break;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return System.nanoTime();
    }

    private long errorCount() {
        return errors.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** The counts once the phase settled; lost = acknowledged (so committed) yet missing at an agent. */
    public Tally tally() {
        long lost = 0;
        long unacked = 0;
        long deliveredUnacked = 0;
        for (int index = 0; index < schedule.messages(); index++) {
            if (sentFlags.get(index) == 0) {
                continue;
            }
            boolean wasAcked = acks.get(index) > 0;
            if (!wasAcked) {
                unacked++;
            }
            for (int slot = 0; slot < agents; slot++) {
                boolean arrived = deliveries.get(slot * schedule.messages() + index) > 0;
                if (wasAcked && !arrived) {
                    lost++;
                } else if (!wasAcked && arrived) {
                    deliveredUnacked++;
                }
            }
        }
        Map<String, Long> errorCounts = new TreeMap<>();
        errors.forEach((code, count) -> errorCounts.put(code, count.sum()));
        return new Tally(schedule.messages(), sent.sum(), sendFailed.sum(), acked.sum(), unacked, delivered.sum(),
                lost, deliveredUnacked, duplicateDeliveries.sum(), duplicateAcks.sum(), reordered.sum(),
                foreign.sum(), echoes.sum(), disconnects.sum(), errorCounts);
    }

    /** When the last message was written (nanoTime), to tell the achieved send rate. */
    public long lastSentAt() {
        return lastSentAt;
    }

    public Histogram latencyHistogram() {
        return latency.getIntervalHistogram();
    }

    public Histogram ackLatencyHistogram() {
        return ackLatency.getIntervalHistogram();
    }

    public Histogram sendLagHistogram() {
        return sendLag.getIntervalHistogram();
    }

    /** The counts of one phase. */
    public record Tally(long scheduled, long sent, long sendFailed, long acked, long unacked, long delivered, long lost,
                       long deliveredUnacked, long duplicateDeliveries, long duplicateAcks, long reordered,
                       long foreign, long visitorEchoes, long disconnects, Map<String, Long> errors) {

        public long errorCount() {
            return errors.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
