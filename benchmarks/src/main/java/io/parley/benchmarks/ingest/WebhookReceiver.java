package io.parley.benchmarks.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A webhook receiver on a local port that answers every POST with 200 at once and remembers each request: its
 * {@code webhook-id}, the event type, and for {@code message.created} the message id and its {@code createdAt}.
 * It does not verify signatures (the benchmark measures delivery, not the receiver).
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived; {@code messageId} and {@code createdAt} are null for other events. */
    public record Receipt(String webhookId, String type, @Nullable String messageId, @Nullable Instant createdAt,
                          Instant receivedAt) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Receipt> receipts = new ConcurrentLinkedQueue<>();
    private final Set<String> messages = ConcurrentHashMap.newKeySet();
    private final AtomicLong malformed = new AtomicLong();

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    /** Listens on host:port (0: any free port) until closed. */
    public static WebhookReceiver start(String host, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 1024);
            var receiver = new WebhookReceiver(server);
            server.createContext("/", receiver::handle);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + host + ":" + port, e);
        }
    }

    /** The URL to register: http://host:port/hooks/parley. */
    public URI url() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getHostString() + ":" + address.getPort() + "/hooks/parley");
    }

    private void handle(HttpExchange exchange) throws IOException {
        Instant receivedAt = Instant.now();
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            String webhookId = exchange.getRequestHeaders().getFirst("webhook-id");
            if (!"POST".equals(exchange.getRequestMethod()) || webhookId == null) {
                malformed.incrementAndGet();
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            record(webhookId, body, receivedAt); // before the answer: once Parley has its 200, the receipt is counted
            exchange.sendResponseHeaders(200, -1);
        }
    }

    void record(String webhookId, byte[] body, Instant receivedAt) {
        String type = "";
        String messageId = null;
        Instant createdAt = null;
        try {
            JsonNode event = JSON.readTree(body);
            type = event.path("type").asString("");
            JsonNode data = event.path("data");
            if (type.equals("message.created")) {
                messageId = data.path("messageId").asString(null);
                createdAt = instant(data.path("createdAt").asString(null));
            }
        } catch (RuntimeException e) {
            malformed.incrementAndGet();
        }
        receipts.add(new Receipt(webhookId, type, messageId, createdAt, receivedAt));
        if (messageId != null) {
            messages.add(messageId);
        }
    }

    private static @Nullable Instant instant(@Nullable String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** How many of these messages have arrived at least once so far. */
    public long arrivedOf(Set<String> messageIds) {
        return messageIds.stream().filter(messages::contains).count();
    }

    public List<Receipt> receipts() {
        return List.copyOf(receipts);
    }

    /** Requests that were no webhook delivery, or whose body was no JSON. */
    public long malformed() {
        return malformed.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
