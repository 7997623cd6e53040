package io.parley.drills;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The REST calls a drill needs, as docs/protocol.md and /v3/api-docs describe them: tokens, the widget key, history. */
final class Rest {

    static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Rest() {}

    static String agentToken(String url) {
        return call("POST", url + "/api/v1/auth/login", null,
                Map.of("email", ParleyProcess.ADMIN_EMAIL, "password", ParleyProcess.ADMIN_PASSWORD)).path("token")
                .asString();
    }

    static String widgetKey(String url, String agentToken) {
        for (JsonNode inbox : items(call("GET", url + "/api/v1/inboxes", agentToken, null))) {
            if (!inbox.path("widgetKey").asString("").isEmpty()) {
                return inbox.path("widgetKey").asString();
            }
        }
        throw new IllegalStateException("no web-widget inbox at " + url);
    }

    /** As the widget on a page of the first-start workspace's allowed origins would ask for it. */
    static String visitorToken(String url, String widgetKey) {
        return call("POST", url + "/api/v1/widget/sessions", null, Map.of("widgetKey", widgetKey),
                "http://127.0.0.1:8080").path("visitorToken").asString();
    }

    /** Every stored message of a conversation in sequence order, read page by page with an agent's token. */
    static List<JsonNode> history(String url, String agentToken, String conversationId) {
        var all = new ArrayList<JsonNode>();
        long after = 0;
        while (true) {
            List<JsonNode> page = items(call("GET", url + "/api/v1/conversations/" + conversationId
                    + "/messages?after=" + after + "&limit=100", agentToken, null));
            if (page.isEmpty()) {
                return all;
            }
            all.addAll(page);
            after = page.getLast().path("sequence").asLong();
        }
    }

    private static List<JsonNode> items(JsonNode body) {
        JsonNode list = body.isArray() ? body : body.path("items");
        var items = new ArrayList<JsonNode>();
        list.forEach(items::add);
        return items;
    }

    static JsonNode call(String method, String url, String token, Object body) {
        return call(method, url, token, body, null);
    }

    static JsonNode call(String method, String url, String token, Object body, String origin) {
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
