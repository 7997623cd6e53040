package io.parley.webhook.application;

import io.parley.shared.RetrySchedule;
import io.parley.webhook.DeliveryStatus;
import io.parley.webhook.model.AttemptRecord;
import io.parley.webhook.model.DueDelivery;
import io.parley.webhook.model.TransportResult;
import io.parley.webhook.model.WebhookEndpoint;
import io.parley.webhook.port.WebhookEndpoints;
import io.parley.webhook.port.WebhookOutbox;
import io.parley.webhook.port.WebhookTransport;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends due deliveries from the outbox. Each node looks for due ones every poll interval, and at once when an event
 * was recorded; a delivery is claimed by one node at a time ({@code FOR UPDATE SKIP LOCKED} and a lease), so nodes
 * share the work. An attempt's answer decides what follows: a 2xx delivers; 410 disables the endpoint; anything else
 * (another status, a redirect, a timeout, a refused address, a failed connection) waits for the next step of the
 * retry schedule, at least as long as a {@code Retry-After} sent with 429, 502, 503 or 504 asks; failing the last step
 * disables the endpoint.
 */
@Component
public class WebhookDispatcher implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final Set<Integer> RETRY_AFTER_STATUSES = Set.of(429, 502, 503, 504);
    private static final int MAX_LOGGED_BODY = 1024;

    private final WebhookOutbox outbox;
    private final WebhookEndpoints endpoints;
    private final WebhookTransport transport;
    private final WebhookProperties properties;
    private final Clock clock;
    private final RandomGenerator random = RandomGenerator.getDefault();
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private volatile @Nullable ScheduledExecutorService timer;
    private volatile @Nullable ExecutorService senders;
    private volatile Instant lastPrune = Instant.EPOCH;
    private volatile boolean running;

    WebhookDispatcher(WebhookOutbox outbox, WebhookEndpoints endpoints, WebhookTransport transport,
                      WebhookProperties properties, Clock clock) {
        this.outbox = outbox;
        this.endpoints = endpoints;
        this.transport = transport;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        running = true;
        if (!properties.deliver()) {
            LOG.info("Webhook deliveries are not sent from this node (parley.webhooks.deliver=false)");
            return;
        }
        senders = Executors.newVirtualThreadPerTaskExecutor();
        var scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("webhook-dispatch")
                .daemon().factory());
        long every = properties.pollInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::drain, every, every, TimeUnit.MILLISECONDS);
        timer = scheduler;
    }

    @Override
    public synchronized void stop() {
        running = false;
        var scheduler = timer;
        timer = null;
        if (scheduler == null) {
            return;
        }
        // attempts under way end (each within the timeout) and are recorded; no new batch is claimed
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(lease().toMillis(), TimeUnit.MILLISECONDS)) {
                scheduler.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            scheduler.shutdownNow();
        }
        var sending = senders;
        if (sending != null) {
            sending.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Looks for due deliveries now instead of at the next poll. */
    public void wake() {
        var scheduler = timer;
        if (scheduler != null && wakeQueued.compareAndSet(false, true)) {
            try {
                scheduler.execute(() -> {
                    wakeQueued.set(false);
                    drain();
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                wakeQueued.set(false); // stopping
            }
        }
    }

    private void drain() {
        try {
            List<DueDelivery> due;
            do {
                Instant now = clock.instant();
                due = outbox.claimDue(now, now.plus(lease()), properties.batchSize());
                sendAll(due);
            } while (due.size() == properties.batchSize() && timer != null);
            prune();
        } catch (RuntimeException e) {
            LOG.warn("Webhook deliveries could not be read or recorded; trying again in {}: {}",
                    properties.pollInterval(), e.toString());
        }
    }

    /**
     * How long a claimed delivery stays this node's: longer than an attempt can take (the timeout, plus the client's
     * own grace), so that no other node sends it meanwhile; after a crash, another node sends it once this has passed.
     */
    private Duration lease() {
        return properties.timeout().multipliedBy(2).plusSeconds(10);
    }

    private void sendAll(List<DueDelivery> due) {
        var sending = senders;
        if (due.isEmpty() || sending == null) {
            return;
        }
        List<Future<?>> running = new ArrayList<>();
        for (DueDelivery delivery : due) {
            running.add(sending.submit(() -> deliver(delivery)));
        }
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.warn("A webhook delivery failed to be recorded: {}", e.getCause().toString());
            }
        }
    }

    /** One attempt of one delivery, and what follows from its answer. */
    void deliver(DueDelivery due) {
        Optional<WebhookEndpoint> found = endpoints.findById(due.endpointId());
        if (found.isEmpty() || !found.get().enabled()) {
            outbox.abandon(due.id(), "The endpoint is disabled.", clock.instant());
            return;
        }
        WebhookEndpoint endpoint = found.get();
        Instant at = clock.instant();
        long timestamp = at.getEpochSecond();
        String messageId = due.id().messageId();
        byte[] body = due.payload().getBytes(StandardCharsets.UTF_8);
        var headers = new LinkedHashMap<String, String>();
        headers.put("webhook-id", messageId);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", WebhookSignature.header(endpoint.signingSecrets(at), messageId, timestamp, body));
        TransportResult result = transport.post(endpoint.url(), headers, body, properties.timeout());

        int attempt = due.attempts() + 1;
        var record = new AttemptRecord(attempt, at, result.took().toMillis(), timestamp, result.status(),
                clip(result.body()), result.error());
        Instant now = clock.instant();
        if (result.succeeded()) {
            outbox.recordAttempt(due.id(), record, DeliveryStatus.DELIVERED, due.step(), null, now);
            return;
        }
        if (result.status() != null && result.status() == 410) {
            outbox.recordAttempt(due.id(), record, DeliveryStatus.FAILED, due.step(), null, now);
            disable(endpoint, "The receiver answered 410 Gone: it asked for no more deliveries.", now);
            return;
        }
        Optional<Duration> retryAfter = result.status() != null && RETRY_AFTER_STATUSES.contains(result.status())
                ? retryAfter(result.retryAfter(), now) : Optional.empty();
        Optional<Duration> next = properties.schedule().after(due.step(), retryAfter, random);
        if (next.isPresent()) {
            outbox.recordAttempt(due.id(), record, DeliveryStatus.PENDING, due.step() + 1, now.plus(next.get()), now);
        } else {
            outbox.recordAttempt(due.id(), record, DeliveryStatus.FAILED, due.step(), null, now);
            disable(endpoint, "Every attempt of the retry schedule failed (the last: "
                    + (result.status() != null ? "HTTP " + result.status() : result.error()) + ").", now);
        }
    }

    private void disable(WebhookEndpoint endpoint, String reason, Instant now) {
        endpoints.findById(endpoint.getId()).filter(WebhookEndpoint::enabled).ifPresent(current -> {
            current.disable(reason, now);
            endpoints.save(current);
            outbox.abandonPending(current.getId(), "The endpoint was disabled: " + reason, now);
            LOG.info("Webhook endpoint {} of workspace {} disabled: {}", current.getId(), current.workspaceId(), reason);
        });
    }

    private void prune() {
        Instant now = clock.instant();
        if (Duration.between(lastPrune, now).compareTo(Duration.ofHours(1)) >= 0) {
            lastPrune = now;
            outbox.prune(now.minus(properties.logRetention()));
        }
    }

    /** {@code Retry-After} as seconds or as an HTTP date; nothing when absent or unreadable. */
    static Optional<Duration> retryAfter(@Nullable String header, Instant now) {
        return RetrySchedule.retryAfter(header, now);
    }

    private static @Nullable String clip(@Nullable String text) {
        return text == null || text.length() <= MAX_LOGGED_BODY ? text : text.substring(0, MAX_LOGGED_BODY);
    }
}
