package io.parley.benchmarks.ingest;

import io.parley.benchmarks.load.Schedule;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts messages over HTTP from virtual threads, in one of two ways. Open loop: message k is due at start + k / rate
 * whatever the answers do, with at most {@code clients} requests in flight (a due message waits for a free client,
 * and its latency counts from when it was due). Closed loop ({@code rate} 0): {@code clients} clients each send their
 * next message as soon as the previous one is answered, for the duration: the throughput the server sustains.
 */
public final class IngestLoad {

    /** @param rate messages per second in total, or 0 for a closed loop */
    public record Settings(double rate, int clients, Duration duration, Duration timeout) {

        public Settings {
            if (clients < 1) {
                throw new IllegalArgumentException("--clients must be at least 1");
            }
            if (rate < 0 || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("the rate must not be negative and the duration must be positive");
            }
        }

        public boolean closedLoop() {
            return rate == 0;
        }
    }

    /** How long the requests were sent for (the schedule, or longer when the generator fell behind). */
    public record Outcome(double sendSeconds, long lastSentAt) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long MAX_PARK_NANOS = 200_000;

    private final HttpClient http;

    public IngestLoad(HttpClient http) {
        this.http = http;
    }

    /** A client for a load: HTTP/1.1 (one request per connection at a time, as most integrations post). */
    public static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** Runs the load; {@code requests} builds the request of message k. Returns once every request is answered. */
    public Outcome run(Settings settings, IngestLedger ledger, IntFunction<HttpRequest> requests) {
        long start = System.nanoTime() + 20_000_000;
        long lastSent;
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            lastSent = settings.closedLoop() ? closed(settings, ledger, requests, clients, start)
                    : open(settings, ledger, requests, clients, start);
        }
        double seconds = Math.max(settings.duration().toNanos(), lastSent - start) / 1e9;
        return new Outcome(seconds, lastSent);
    }

    private long open(Settings settings, IngestLedger ledger, IntFunction<HttpRequest> requests,
                      ExecutorService clients, long start) {
        var schedule = Schedule.of(settings.rate(), settings.duration().toNanos() / 1e9, start);
        var free = new Semaphore(settings.clients());
        long lastSent = start;
        int next = 0;
        while (next < schedule.messages()) {
            long now = System.nanoTime();
            if (schedule.dueBy(now) <= next) {
                LockSupport.parkNanos(Math.min(schedule.dueAt(next) - now, MAX_PARK_NANOS));
                continue;
            }
            free.acquireUninterruptibly();
            int index = next++;
            long due = schedule.dueAt(index);
            lastSent = System.nanoTime();
            clients.execute(() -> {
                try {
                    send(index, due, settings.timeout(), ledger, requests);
                } finally {
                    free.release();
                }
            });
        }
        return lastSent;
    }

    private long closed(Settings settings, IngestLedger ledger, IntFunction<HttpRequest> requests,
                        ExecutorService clients, long start) {
        long end = start + settings.duration().toNanos();
        var next = new AtomicInteger();
        for (int c = 0; c < settings.clients(); c++) {
            clients.execute(() -> {
                LockSupport.parkNanos(start - System.nanoTime());
                while (System.nanoTime() < end) {
                    send(next.getAndIncrement(), System.nanoTime(), settings.timeout(), ledger, requests);
                }
            });
        }
        return end;
    }

    private void send(int index, long intendedAt, Duration timeout, IngestLedger ledger,
                      IntFunction<HttpRequest> requests) {
        HttpRequest request = HttpRequest.newBuilder(requests.apply(index), (name, value) -> true).timeout(timeout)
                .build();
        ledger.attempted();
        long sentAt = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long answeredAt = System.nanoTime();
            ledger.answered(index, response.statusCode(), intendedAt, sentAt, answeredAt, ack(response));
        } catch (HttpTimeoutException e) {
            ledger.failed("timeout", intendedAt, sentAt, System.nanoTime());
        } catch (IOException e) {
            ledger.failed("io", intendedAt, sentAt, System.nanoTime());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ledger.failed("interrupted", intendedAt, sentAt, System.nanoTime());
        }
    }

    private static IngestLedger.@Nullable Ack ack(HttpResponse<String> response) {
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            return null;
        }
        try {
            JsonNode body = JSON.readTree(response.body());
            return new IngestLedger.Ack(body.path("id").asString(""), body.path("conversationId").asString(""));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
