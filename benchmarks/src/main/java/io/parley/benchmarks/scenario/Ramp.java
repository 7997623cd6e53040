package io.parley.benchmarks.scenario;

import io.parley.benchmarks.client.Connection;
import io.parley.benchmarks.client.Encoding;
import io.parley.benchmarks.client.FrameListener;
import io.parley.benchmarks.client.LoadClient;
import io.parley.benchmarks.client.SetupFailure;
import io.parley.gateway.protocol.Authenticate;
import io.parley.gateway.protocol.ClientFrame;
import io.parley.gateway.protocol.StartConversation;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.jspecify.annotations.Nullable;

/**
 * Opens many connections with a bounded number of handshakes in flight, optionally starting a conversation on each;
 * counts failures by cause and times each setup from TCP connect to Authenticated.
 */
final class Ramp {

    private static final long SETUP_TIMEOUT_SECONDS = 60;

    /** What a ramp opened, what failed and how fast it went. */
    record Result(List<Connection> opened, Map<String, Long> failures, Histogram setupMicros, double seconds) {

        double perSecond() {
            return seconds == 0 ? 0 : Math.round(opened.size() / seconds * 10) / 10.0;
        }
    }

    private Ramp() {}

    static Result open(LoadClient client, Encoding encoding, List<Authenticate> credentials, @Nullable String origin,
                       int concurrency, boolean startConversation, FrameListener listener) {
        return open(client, null, encoding, credentials, origin, concurrency, startConversation, listener);
    }

    /** @param endpoint the node to connect to, or null for the client's own endpoint */
    static Result open(LoadClient client, @Nullable URI endpoint, Encoding encoding, List<Authenticate> credentials,
                       @Nullable String origin, int concurrency, boolean startConversation, FrameListener listener) {
        var inFlight = new Semaphore(concurrency);
        List<Connection> opened = Collections.synchronizedList(new ArrayList<>());
        Map<String, LongAdder> failures = new ConcurrentHashMap<>();
        var setup = new ConcurrentHistogram(3);
        List<CompletableFuture<?>> all = new ArrayList<>();
        long started = System.nanoTime();
        for (Authenticate credential : credentials) {
            inFlight.acquireUninterruptibly();
            Connection connecting = endpoint == null ? client.open(encoding, credential, origin, listener)
                    : client.open(endpoint, encoding, credential, origin, listener);
            var ready = connecting.authenticated().thenCompose(ignored -> startConversation ? start(connecting)
                    : CompletableFuture.completedFuture(connecting))
                    .orTimeout(SETUP_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .whenComplete((connection, failure) -> {
                        inFlight.release();
                        if (failure == null) {
                            setup.recordValue(Math.max(0, connection.setupNanos() / 1000));
                            opened.add(connection);
                        } else {
                            failures.computeIfAbsent(SetupFailure.codeOf(failure), code -> new LongAdder()).increment();
                            connecting.close();
                        }
                    });
            all.add(ready.exceptionally(failure -> null));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Long> failureCounts = new TreeMap<>();
        failures.forEach((code, count) -> failureCounts.put(code, count.sum()));
        List<Connection> ordered = new ArrayList<>(opened);
        ordered.sort((a, b) -> Integer.compare(a.id(), b.id()));
        return new Result(ordered, failureCounts, setup, seconds);
    }

    private static CompletableFuture<Connection> start(Connection connection) {
        return connection.request(ClientFrame.newBuilder().setStartConversation(StartConversation.getDefaultInstance()))
                .thenApply(answer -> {
                    if (!answer.hasConversationStarted()) {
                        throw new SetupFailure(answer.hasError() ? answer.getError().getCode()
                                : "start.unexpected-answer", answer.toString());
                    }
                    connection.conversationId(answer.getConversationStarted().getConversation().getId());
                    return connection;
                });
    }
}
