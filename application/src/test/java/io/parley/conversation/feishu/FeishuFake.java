package io.parley.conversation.feishu;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feishu's open API as far as a bot's text messages go, on 127.0.0.1: issues tenant_access_tokens for one app id and
 * secret ({@code /open-apis/auth/v3/tenant_access_token/internal}, counted), and takes text messages to an open_id
 * ({@code /open-apis/im/v1/messages?receive_id_type=open_id}) only with a token it issued and has not expired, as
 * Feishu does: code 99991663 for an unknown token, 230002 for a user the bot cannot reach, 99991400 when told to
 * limit.
 */
final class FeishuFake implements AutoCloseable {

    record Sent(String receiveId, String msgType, String text, String uuid, String token) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final String appId;
    private final String appSecret;
    private final Set<String> validTokens = ConcurrentHashMap.newKeySet();
    private final Set<String> unreachable = ConcurrentHashMap.newKeySet();
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final AtomicInteger rateLimitsLeft = new AtomicInteger();
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final List<String> refusedTokens = new CopyOnWriteArrayList<>();

    FeishuFake(String appId, String appSecret) throws IOException {
        this.appId = appId;
        this.appSecret = appSecret;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 50);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/open-apis/auth/v3/tenant_access_token/internal", this::token);
        server.createContext("/open-apis/im/v1/messages", this::message);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int tokenRequests() {
        return tokenRequests.get();
    }

    List<Sent> sent() {
        return List.copyOf(sent);
    }

    List<String> refusedTokens() {
        return List.copyOf(refusedTokens);
    }

    /** Every token issued so far stops working, as when Feishu ends them early. */
    void expireTokens() {
        validTokens.clear();
    }

    /** The bot cannot message this user (not in the app's availability range, or left). */
    void unreachable(String openId) {
        unreachable.add(openId);
    }

    /** The next {@code count} messages are refused with Feishu's rate limit. */
    void rateLimit(int count) {
        rateLimitsLeft.set(count);
    }

    private void token(HttpExchange exchange) throws IOException {
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        if (!exchange.getRequestMethod().equals("POST")
                || !exchange.getRequestHeaders().getFirst("Content-Type").startsWith("application/json")) {
            answer(exchange, 400, Map.of("code", 9499, "msg", "Bad Request"));
            return;
        }
        if (!appId.equals(body.path("app_id").asString("")) || !appSecret.equals(body.path("app_secret").asString(""))) {
            answer(exchange, 200, Map.of("code", 10014, "msg", "app secret invalid"));
            return;
        }
        String token = "t-" + tokenRequests.incrementAndGet() + "-" + java.util.UUID.randomUUID();
        validTokens.add(token);
        answer(exchange, 200, Map.of("code", 0, "msg", "ok", "tenant_access_token", token, "expire", 7200));
    }

    private void message(HttpExchange exchange) throws IOException {
        String authorization = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
        String token = authorization.startsWith("Bearer ") ? authorization.substring(7) : "";
        if (!exchange.getRequestMethod().equals("POST")
                || !"receive_id_type=open_id".equals(exchange.getRequestURI().getQuery())) {
            answer(exchange, 400, Map.of("code", 99992402, "msg", "field validation failed"));
            return;
        }
        if (!validTokens.contains(token)) {
            refusedTokens.add(token);
            answer(exchange, 400, Map.of("code", 99991663, "msg", "Invalid access token for authorization."));
            return;
        }
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        if (rateLimitsLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            exchange.getResponseHeaders().add("x-ogw-ratelimit-reset", "1");
            answer(exchange, 400, Map.of("code", 99991400, "msg", "request trigger frequency limit"));
            return;
        }
        String receiveId = body.path("receive_id").asString("");
        if (unreachable.contains(receiveId)) {
            answer(exchange, 400, Map.of("code", 230002, "msg", "The bot can not be outside the group."));
            return;
        }
        JsonNode content = JSON.readTree(body.path("content").asString("{}"));
        sent.add(new Sent(receiveId, body.path("msg_type").asString(""), content.path("text").asString(""),
                body.path("uuid").asString(""), token));
        answer(exchange, 200, Map.of("code", 0, "msg", "success",
                "data", Map.of("message_id", "om_" + sent.size(), "msg_type", "text")));
    }

    private static void answer(HttpExchange exchange, int status, Map<String, ?> body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
