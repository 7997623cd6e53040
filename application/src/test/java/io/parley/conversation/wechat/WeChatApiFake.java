package io.parley.conversation.wechat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * WeChat's API as the adapter calls it, on 127.0.0.1: {@code GET /cgi-bin/token} issues a new access_token for the
 * right appid and secret (counting requests) and, as WeChat does, ends the one it issued before;
 * {@code POST /cgi-bin/message/custom/send} takes a text message only with a current token (40001 otherwise, 42001
 * for one {@link #expireTokens() expired}), records it, and answers scripted errcodes first.
 */
final class WeChatApiFake implements AutoCloseable {

    record Sent(String accessToken, JsonNode body) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpServer server;
    private final String appId;
    private final String secret;
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final Set<String> valid = ConcurrentHashMap.newKeySet();
    private final Set<String> expired = ConcurrentHashMap.newKeySet();
    private final Queue<String> scripted = new ConcurrentLinkedQueue<>();
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final List<String> refusedTokens = new CopyOnWriteArrayList<>();

    WeChatApiFake(String appId, String secret) throws IOException {
        this.appId = appId;
        this.secret = secret;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/cgi-bin/token", this::token);
        server.createContext("/cgi-bin/message/custom/send", this::send);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int tokenRequests() {
        return tokenRequests.get();
    }

    List<Sent> sent() {
        return sent;
    }

    List<String> refusedTokens() {
        return refusedTokens;
    }

    /** The next sends are answered these errcodes (with a valid token), one each. */
    void script(String... errcodes) {
        scripted.addAll(List.of(errcodes));
    }

    /** Every token issued so far expires: a send with one is answered 42001. */
    void expireTokens() {
        expired.addAll(valid);
        valid.clear();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange);
        if (!exchange.getRequestMethod().equals("GET") || !"client_credential".equals(query.get("grant_type"))) {
            answer(exchange, "{\"errcode\":40002,\"errmsg\":\"invalid grant_type\"}");
            return;
        }
        if (!appId.equals(query.get("appid"))) {
            answer(exchange, "{\"errcode\":40013,\"errmsg\":\"invalid appid\"}");
            return;
        }
        if (!secret.equals(query.get("secret"))) {
            answer(exchange, "{\"errcode\":40125,\"errmsg\":\"invalid appsecret\"}");
            return;
        }
        String token = "tok-" + tokenRequests.incrementAndGet() + "-" + java.util.UUID.randomUUID();
        valid.clear(); // a new token ends the one issued before, as WeChat's /cgi-bin/token does
        valid.add(token);
        answer(exchange, "{\"access_token\":\"" + token + "\",\"expires_in\":7200}");
    }

    private void send(HttpExchange exchange) throws IOException {
        String token = query(exchange).getOrDefault("access_token", "");
        byte[] raw = exchange.getRequestBody().readAllBytes();
        if (!exchange.getRequestMethod().equals("POST")) {
            answer(exchange, "{\"errcode\":43002,\"errmsg\":\"require POST method\"}");
            return;
        }
        if (!valid.contains(token)) {
            refusedTokens.add(token);
            answer(exchange, expired.contains(token) ? "{\"errcode\":42001,\"errmsg\":\"access_token expired\"}"
                    : "{\"errcode\":40001,\"errmsg\":\"invalid credential, access_token is invalid\"}");
            return;
        }
        JsonNode body = JSON.readTree(new String(raw, StandardCharsets.UTF_8));
        if (!body.path("msgtype").asString().equals("text") || body.path("touser").asString().isEmpty()
                || body.path("text").path("content").asString().isEmpty()) {
            answer(exchange, "{\"errcode\":44002,\"errmsg\":\"empty post data\"}");
            return;
        }
        String errcode = scripted.poll();
        if (errcode != null) {
            answer(exchange, "{\"errcode\":" + errcode + ",\"errmsg\":\"" + switch (errcode) {
                case "45015" -> "response out of time limit or subscription is canceled";
                case "45047" -> "out of response count limit";
                default -> "scripted";
            } + "\"}");
            return;
        }
        sent.add(new Sent(token, body));
        answer(exchange, "{\"errcode\":0,\"errmsg\":\"ok\"}");
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> query = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return query;
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; encoding=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
