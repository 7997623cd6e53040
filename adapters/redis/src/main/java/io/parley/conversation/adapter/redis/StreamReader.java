package io.parley.conversation.adapter.redis;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.parley.agent.LocalAgentAccessNotifications;
import io.parley.conversation.LocalConversationNotifications;
import io.parley.conversation.LocalConversationSignals;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.redisson.api.stream.StreamMessageId;
import org.redisson.api.stream.StreamReadArgs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Reads the stream on a thread of its own and hands what the other nodes committed or relayed, and the changes of
 * agents' access they made, to this node's connections.
 * Every node reads every entry (a broadcast, no consumer group), starting after the newest entry it finds at start:
 * what was committed before, its clients load from PostgreSQL. After a failure it waits and reads on from the last
 * entry it saw. What did not reach the stream meanwhile (another node could not write it, Redis lost it) is caught up
 * from PostgreSQL: after its own reads failed, this node replays to its clients what was committed since shortly
 * before it last heard from the stream; a node that could not write announces a {@link ClusterEvent.Gap}, on which
 * every other node replays what was committed since its first lost event.
 */
final class StreamReader implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StreamReader.class);
    private static final int MAX_ENTRIES_PER_READ = 512;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);
    /** Replays start this much before the last successful read: commits in flight then, and clocks that differ. */
    static final Duration CATCH_UP_MARGIN = Duration.ofSeconds(5);

    private final ClusterRedis redis;
    private final ClusterEventCodec codec;
    private final String nodeId;
    private final LocalConversationNotifications local;
    private final LocalConversationSignals localSignals;
    private final ClusterCatchUp catchUp;
    private final LocalAgentAccessNotifications localAccess;
    private final Duration block;
    private final FailureLog failures = new FailureLog(log, Duration.ofSeconds(30));
    private final Counter received;
    private final Counter undecodable;
    private final Counter readFailures;
    private volatile boolean running;
    private volatile boolean reading;
    private @Nullable Thread thread;

    StreamReader(ClusterRedis redis, ClusterEventCodec codec, String nodeId, LocalConversationNotifications local,
                 LocalConversationSignals localSignals, ClusterCatchUp catchUp,
                 LocalAgentAccessNotifications localAccess, ClusterProperties properties, MeterRegistry meters) {
        this.redis = redis;
        this.codec = codec;
        this.nodeId = nodeId;
        this.local = local;
        this.localSignals = localSignals;
        this.catchUp = catchUp;
        this.localAccess = localAccess;
        this.block = properties.readBlock();
        this.received = Counter.builder("parley.cluster.received")
                .description("Events of the other nodes handed to this node's connections").register(meters);
        this.undecodable = Counter.builder("parley.cluster.undecodable")
                .description("Stream entries this node could not read (another version's event type)")
                .register(meters);
        this.readFailures = Counter.builder("parley.cluster.read.failures")
                .description("Failed reads of the stream (Redis unreachable or slow)").register(meters);
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("parley-cluster-reader").start(this::run);
    }

    @Override
    public synchronized void stop() {
        running = false;
        Thread reader = thread;
        if (reader != null) {
            reader.interrupt();
            try {
                reader.join(block.toMillis() + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Whether it found where to start and reads from there; what is written from now on reaches it. */
    boolean reading() {
        return reading;
    }

    @Override
    public int getPhase() {
        return ClusterBusConfiguration.PHASE;
    }

    private void run() {
        StreamMessageId last = null;
        Duration backoff = Duration.ofMillis(250);
        // until the first read, what other nodes commit reaches this node's clients through no stream at all
        Instant heard = Instant.now();
        boolean failing = false;
        while (running) {
            try {
                if (last == null) {
                    last = newest();
                    reading = true;
                }
                Map<StreamMessageId, Map<String, String>> entries = redis.stream()
                        .read(StreamReadArgs.greaterThan(last).count(MAX_ENTRIES_PER_READ).timeout(block));
                if (failing) {
                    failures.recovered("Cluster bus: reading from Redis works again; catching this node's clients"
                            + " up from PostgreSQL");
                    catchUp.request(heard.minus(CATCH_UP_MARGIN));
                    failing = false;
                }
                heard = Instant.now();
                backoff = Duration.ofMillis(250);
                if (entries != null) {
                    for (var entry : entries.entrySet()) {
                        last = entry.getKey();
                        handle(entry.getValue());
                    }
                }
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                readFailures.increment();
                failing = true;
                failures.failed("Cluster bus: could not read from Redis; retrying in " + backoff.toMillis() + " ms", e);
                if (!pause(backoff)) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    /** Where reading starts: after the newest entry, or at the beginning of an empty or absent stream. */
    private StreamMessageId newest() {
        var newest = redis.stream().rangeReversed(1, StreamMessageId.MAX, StreamMessageId.MIN);
        return newest.isEmpty() ? new StreamMessageId(0, 0) : newest.keySet().iterator().next();
    }

    private void handle(Map<String, String> fields) {
        if (nodeId.equals(fields.get(StreamPublisher.ORIGIN))) {
            return;
        }
        String text = fields.get(StreamPublisher.EVENT);
        ClusterEvent event;
        try {
            event = codec.decode(text == null ? "" : text);
        } catch (IllegalArgumentException e) {
            undecodable.increment();
            log.debug("Skipped a cluster event this node cannot read: {}", e.getMessage());
            return;
        }
        received.increment();
        if (event instanceof ClusterEvent.Gap gap) {
            log.info("Cluster bus: node {} lost events since {}; catching this node's clients up from PostgreSQL",
                    fields.get(StreamPublisher.ORIGIN), gap.since());
            catchUp.request(gap.since());
            return;
        }
        try {
            event.deliverTo(local, localSignals, localAccess);
        } catch (RuntimeException e) {
            log.warn("Could not hand a cluster event to this node's connections ({})", e.toString());
        }
    }

    private boolean pause(Duration time) {
        try {
            Thread.sleep(time);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
