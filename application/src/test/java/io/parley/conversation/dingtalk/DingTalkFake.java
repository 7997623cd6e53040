package io.parley.conversation.dingtalk;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * DingTalk's API as the robot uses it, on 127.0.0.1: {@code /v1.0/oauth2/accessToken} issues tokens for one app key and
 * secret (and counts the requests), the robot's send APIs take only a token it issued and still honours (header
 * {@code x-acs-dingtalk-access-token}), and {@code /robot/sendBySession} stands for the session webhooks.
 */
final class DingTalkFake implements AutoCloseable {

    static final String APP_KEY = "dingfake0123456789";
    static final String APP_SECRET = "fake-app-secret-0123456789abcdefghijklmnopqrstuv";

    record Sent(String path, JsonNode body, String token) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpServer server;
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final Set<String> validTokens = ConcurrentHashMap.newKeySet();
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    /** When set, the next robot send is answered with it: status and body. */
    private final AtomicReference<String[]> nextRefusal = new AtomicReference<>();
    /** When true, session webhooks answer as DingTalk does for one that has ended. */
    private volatile boolean sessionsEnded;

    DingTalkFake() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 50);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String sessionWebhook(String session) {
        return base() + "/robot/sendBySession?session=" + session;
    }

    int tokenRequests() {
        return tokenRequests.get();
    }

    /** DingTalk ends every token it issued (as when one expires): the next send is refused with 401. */
    void expireTokens() {
        validTokens.clear();
    }

    void refuseNextSend(int status, String body) {
        nextRefusal.set(new String[] {Integer.toString(status), body});
    }

    void endSessions() {
        sessionsEnded = true;
    }

    List<Sent> sent(String path) {
        return sent.stream().filter(s -> s.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            String token = String.valueOf(exchange.getRequestHeaders().getFirst("x-acs-dingtalk-access-token"));
            switch (path) {
                case "/v1.0/oauth2/accessToken" -> {
                    tokenRequests.incrementAndGet();
                    if (!APP_KEY.equals(body.path("appKey").asString("")) || !APP_SECRET.equals(body.path("appSecret")
                            .asString(""))) {
                        answer(exchange, 400, "{\"code\":\"invalidClientSecret\",\"message\":\"wrong app secret\"}");
                        return;
                    }
                    String issued = "tok-" + tokenRequests.get();
                    validTokens.add(issued);
                    answer(exchange, 200, "{\"accessToken\":\"" + issued + "\",\"expireIn\":7200}");
                }
                case "/v1.0/robot/oToMessages/batchSend", "/v1.0/robot/groupMessages/send" -> {
                    if (!validTokens.contains(token)) {
                        answer(exchange, 401, "{\"code\":\"InvalidAuthentication\",\"message\":\"invalid access_token\"}");
                        return;
                    }
                    String[] refusal = nextRefusal.getAndSet(null);
                    if (refusal != null) {
                        answer(exchange, Integer.parseInt(refusal[0]), refusal[1]);
                        return;
                    }
                    sent.add(new Sent(path, body, token));
                    answer(exchange, 200, "{\"processQueryKey\":\"pq-" + sent.size() + "\"}");
                }
                case "/robot/sendBySession" -> {
                    if (sessionsEnded) {
                        answer(exchange, 200, "{\"errcode\":300001,\"errmsg\":\"session expired\"}");
                        return;
                    }
                    sent.add(new Sent(path + "?" + exchange.getRequestURI().getQuery(), body, token));
                    answer(exchange, 200, "{\"errcode\":0,\"errmsg\":\"ok\"}");
                }
                default -> answer(exchange, 404, "{\"code\":\"notFound\",\"message\":\"no such API\"}");
            }
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
