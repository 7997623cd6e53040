package io.parley.conversation.adapter.redis;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.redisson.api.BatchOptions;
import org.redisson.api.RBatch;
import org.redisson.api.stream.StreamAddArgs;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Writes this node's events to the stream from one thread of its own, in the order they were handed over: the
 * notifying thread only enqueues, so a slow or absent Redis never holds up a post. Events that wait are written
 * together, in order, in one round trip. When the queue is full or Redis fails, events are dropped and counted,
 * and once writing works again a {@link ClusterEvent.Gap} tells the other nodes since when: they catch their clients
 * up from PostgreSQL.
 */
final class StreamPublisher implements SmartLifecycle {

    /** Entry fields: who wrote it, and the event. */
    static final String ORIGIN = "origin";
    static final String EVENT = "event";

    private static final Logger log = LoggerFactory.getLogger(StreamPublisher.class);
    private static final int MAX_BATCH = 256;
    /** A gap is announced from this much before the first lost event's commit: a commit takes a while. */
    private static final Duration GAP_MARGIN = Duration.ofSeconds(1);

    private final ClusterRedis redis;
    private final ClusterEventCodec codec;
    private final String nodeId;
    private final ClusterProperties properties;
    private final BlockingQueue<ClusterEvent> queue;
    private final FailureLog failures = new FailureLog(log, Duration.ofSeconds(30));
    private final Counter published;
    private final Counter failed;
    private final Counter dropped;
    /** When the earliest change lost on the way to the stream was committed; none while nothing is lost. */
    private final AtomicReference<@Nullable Instant> lostSince = new AtomicReference<>();
    private volatile boolean running;
    /** After stop, what is still queued is written until then. */
    private volatile long drainUntil;
    private @Nullable Thread thread;

    StreamPublisher(ClusterRedis redis, ClusterEventCodec codec, String nodeId, ClusterProperties properties,
                    MeterRegistry meters) {
        this.redis = redis;
        this.codec = codec;
        this.nodeId = nodeId;
        this.properties = properties;
        this.queue = new ArrayBlockingQueue<>(properties.sendQueue());
        this.published = counter(meters, "published");
        this.failed = counter(meters, "failed");
        this.dropped = counter(meters, "dropped");
    }

    /** Never blocks and never throws: an event that finds the queue full is dropped. */
    void publish(ClusterEvent event) {
        if (!queue.offer(event)) {
            dropped.increment();
            lost(List.of(event));
            // no exception made here: under overload this runs for every post
            failures.failed("Cluster bus: the send queue is full (" + properties.sendQueue()
                    + "), events for the other nodes are dropped", null);
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("parley-cluster-publisher").start(this::run);
    }

    @Override
    public synchronized void stop() {
        drainUntil = System.nanoTime() + properties.redisTimeout().toNanos();
        running = false;
        Thread writer = thread;
        if (writer != null) {
            try {
                writer.join(properties.redisTimeout().toMillis() + 1000);
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

    /** Started before the web server takes requests and stopped after it has drained them. */
    @Override
    public int getPhase() {
        return ClusterBusConfiguration.PHASE;
    }

    private void run() {
        List<ClusterEvent> batch = new ArrayList<>(MAX_BATCH);
        while (running || (!queue.isEmpty() && System.nanoTime() - drainUntil < 0)) {
            try {
                ClusterEvent first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    announceGap();
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                if (send(batch)) {
                    announceGap();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    /** After events were lost, tells the other nodes since when, as soon as writing works. */
    private void announceGap() {
        Instant since = lostSince.getAndSet(null);
        if (since != null && !send(List.of(new ClusterEvent.Gap(since.minus(GAP_MARGIN))))) {
            lost(since);
        }
    }

    private boolean send(List<ClusterEvent> batch) {
        try {
            long timeout = properties.redisTimeout().toMillis();
            RBatch round = redis.client().createBatch(BatchOptions.defaults()
                    .responseTimeout(timeout, TimeUnit.MILLISECONDS).retryAttempts(1));
            var stream = round.<String, String>getStream(redis.streamKey(), StringCodec.INSTANCE);
            for (ClusterEvent event : batch) {
                stream.addAsync(StreamAddArgs.entries(Map.of(ORIGIN, nodeId, EVENT, codec.encode(event)))
                        .trimNonStrict().maxLen(properties.streamMaxLength()).noLimit());
            }
            round.execute();
            published.increment(batch.size());
            failures.recovered("Cluster bus: writing to Redis works again");
            return true;
        } catch (RuntimeException e) {
            failed.increment(batch.size());
            lost(batch);
            failures.failed("Cluster bus: could not write " + batch.size()
                    + " event(s) to Redis; the other nodes catch their clients up once it works again", e);
            return false;
        }
    }

    /** Remembers when the earliest of these changes was committed; typing and read signals are not worth a replay. */
    private void lost(List<ClusterEvent> events) {
        for (ClusterEvent event : events) {
            Instant committed = switch (event) {
                case ClusterEvent.MessagePosted posted -> posted.message().createdAt();
                case ClusterEvent.ConversationChanged changed -> changed.conversation().updatedAt();
                case ClusterEvent.Gap gap -> gap.since();
                default -> null;
            };
            if (committed != null) {
                lost(committed);
            }
        }
    }

    private void lost(Instant committed) {
        lostSince.accumulateAndGet(committed, (a, b) -> a == null || b.isBefore(a) ? b : a);
    }

    private static Counter counter(MeterRegistry meters, String outcome) {
        return Counter.builder("parley.cluster.sent").tag("outcome", outcome)
                .description("Events of this node for the other nodes, by outcome").register(meters);
    }
}
