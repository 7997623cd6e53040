package io.parley.benchmarks.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The load against a stub that answers by the message's index: 201, 200 (a duplicate), 429 or 500. */
class IngestLoadTests {

    private HttpServer stub;
    private URI base;

    @BeforeEach
    void startStub() throws IOException {
        stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        stub.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        stub.createContext("/", exchange -> {
            try (exchange) {
                int index = Integer.parseInt(exchange.getRequestURI().getPath().substring(1));
                int status = index % 10 == 3 ? 429 : index % 10 == 7 ? 500 : index % 10 == 9 ? 200 : 201;
                byte[] body = ("{\"id\":\"s" + index + "\",\"conversationId\":\"c" + (index % 4) + "\"}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        stub.start();
        base = URI.create("http://127.0.0.1:" + stub.getAddress().getPort() + "/");
    }

    @AfterEach
    void stopStub() {
        stub.stop(0);
    }

    private HttpRequest request(int index) {
        return HttpRequest.newBuilder(base.resolve(Integer.toString(index))).POST(HttpRequest.BodyPublishers.noBody())
                .build();
    }

    @Test
    void openLoopSendsTheScheduleAndCountsEveryAnswerByStatus() {
        var ledger = new IngestLedger("t-");

        var outcome = new IngestLoad(IngestLoad.client()).run(new IngestLoad.Settings(200, 8, Duration.ofMillis(500),
                Duration.ofSeconds(5)), ledger, this::request);

        var tally = ledger.tally();
        assertThat(tally.attempted()).isEqualTo(100);
        assertThat(tally.stored()).isEqualTo(70);
        assertThat(tally.duplicates()).isEqualTo(10);
        assertThat(tally.rateLimited()).isEqualTo(10);
        assertThat(tally.errors()).containsExactly(java.util.Map.entry("500", 10L));
        assertThat(tally.errorCount()).isEqualTo(20);
        assertThat(tally.acknowledged()).isEqualTo(80);
        assertThat(ledger.acks()).hasSize(80).containsEntry("t-0", new IngestLedger.Ack("s0", "c0"))
                .doesNotContainKey("t-3");
        assertThat(ledger.latency().getTotalCount()).isEqualTo(100);
        assertThat(outcome.sendSeconds()).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void closedLoopKeepsItsClientsBusyForTheDuration() {
        var ledger = new IngestLedger("t-");

        var outcome = new IngestLoad(IngestLoad.client()).run(new IngestLoad.Settings(0, 4, Duration.ofMillis(300),
                Duration.ofSeconds(5)), ledger, this::request);

        var tally = ledger.tally();
        assertThat(tally.attempted()).isGreaterThan(4);
        assertThat(tally.stored() + tally.duplicates() + tally.errorCount()).isEqualTo(tally.attempted());
        assertThat(outcome.sendSeconds()).isEqualTo(0.3);
    }

    @Test
    void aRequestWithoutAnAnswerIsCountedAsAnIoError() {
        var ledger = new IngestLedger("t-");
        stub.stop(0);

        new IngestLoad(IngestLoad.client()).run(new IngestLoad.Settings(20, 2, Duration.ofMillis(100),
                Duration.ofSeconds(2)), ledger, this::request);

        assertThat(ledger.tally().errors()).containsEntry("io", 2L);
        assertThat(ledger.acks()).isEmpty();
    }
}
