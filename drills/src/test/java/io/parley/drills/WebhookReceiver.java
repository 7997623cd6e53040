package io.parley.drills;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/** A webhook receiver on the loopback: keeps every request's webhook-* headers and raw body, answers 204. */
final class WebhookReceiver implements AutoCloseable {

    record Delivery(String id, String timestamp, String signature, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final List<Delivery> received = new CopyOnWriteArrayList<>();

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    static WebhookReceiver start() {
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            var receiver = new WebhookReceiver(server);
            server.createContext("/hook", exchange -> {
                try (exchange) {
                    var headers = exchange.getRequestHeaders();
                    receiver.received.add(new Delivery(headers.getFirst("webhook-id"),
                            headers.getFirst("webhook-timestamp"), headers.getFirst("webhook-signature"),
                            exchange.getRequestBody().readAllBytes()));
                    exchange.sendResponseHeaders(204, -1);
                }
            });
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The first delivery whose body matches, waiting for it. */
    Delivery await(String what, Predicate<String> body) {
        return Awaitility.await(what).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> received.stream().filter(d -> body.test(d.text())).findFirst().orElse(null),
                        d -> d != null);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
