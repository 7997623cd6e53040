package io.parley.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A real HTTP receiver on 127.0.0.1 that records every request and answers each path from a script: the scripted
 * answers in turn, then the last one again. An answer of status 0 holds the request until {@link #close()}.
 */
public final class Receiver implements AutoCloseable {

    /** {@code body}: what the receiver writes back; "answered {status}" when null. */
    public record Answer(int status, Map<String, String> headers, @Nullable String body) {
        public Answer(int status, Map<String, String> headers) {
            this(status, headers, null);
        }

        public static Answer of(int status) {
            return new Answer(status, Map.of());
        }

        public static Answer of(int status, String body) {
            return new Answer(status, Map.of(), body);
        }
    }

    public record Received(String path, Map<String, String> headers, String body, Instant at) {
        public String header(String name) {
            return headers.getOrDefault(name.toLowerCase(), "");
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Queue<Answer>> scripts = new ConcurrentHashMap<>();
    private final CountDownLatch release = new CountDownLatch(1);

    public Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 50);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    /** The URL of {@code path} on this receiver, answering {@code answers} in turn (200 when none are given). */
    public String url(String path, Answer... answers) {
        scripts.put(path, new ArrayDeque<>(answers.length == 0 ? List.of(Answer.of(200)) : List.of(answers)));
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public List<Received> at(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        var headers = new java.util.HashMap<String, String>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(path, Map.copyOf(headers), body, Instant.now()));
        Queue<Answer> script = scripts.get(path);
        Answer answer;
        synchronized (this) {
            answer = script == null ? Answer.of(404) : script.size() > 1 ? script.poll() : script.peek();
        }
        if (answer.status() == 0) {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer = Answer.of(200);
        }
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] text = (answer.body() != null ? answer.body() : "answered " + answer.status())
                .getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer.status(), answer.status() == 204 || answer.status() == 304 ? -1 : text.length);
        if (answer.status() != 204 && answer.status() != 304) {
            exchange.getResponseBody().write(text);
        }
        exchange.close();
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }
}
