package io.parley.benchmarks.target;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The few REST calls a load needs: sign-in, the widget key, visitor sessions, actuator metrics. */
public final class ParleyRest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_ATTEMPTS = 8;

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public ParleyRest(URI base) {
        this.base = base;
    }

    public String login(String email, String password) {
        JsonNode body = call("POST", "/api/v1/auth/login", null, null, Map.of("email", email, "password", password), 200);
        return body.path("token").asString();
    }

    /** The widget key of the workspace's first web-widget inbox. */
    public String widgetKey(String agentToken) {
        JsonNode body = call("GET", "/api/v1/inboxes", agentToken, null, null, 200);
        JsonNode list = body.isArray() ? body : body.path("items");
        for (JsonNode inbox : list) {
            if (!inbox.path("widgetKey").asString("").isEmpty()) {
                return inbox.path("widgetKey").asString();
            }
        }
        throw new IllegalStateException("the workspace has no web-widget inbox (GET /api/v1/inboxes answered "
                + body + "); create one or pass --widget-key");
    }

    /** Creates visitor sessions with a bounded number of requests in flight; returns their visitor tokens. */
    public List<String> visitorSessions(String widgetKey, String origin, int count, int concurrency) {
        var inFlight = new Semaphore(concurrency);
        List<CompletableFuture<String>> sessions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            inFlight.acquireUninterruptibly();
            var session = CompletableFuture.supplyAsync(() -> call("POST", "/api/v1/widget/sessions", null, origin,
                    Map.of("widgetKey", widgetKey), 201).path("visitorToken").asString(), Thread::startVirtualThread);
            session.whenComplete((token, failure) -> inFlight.release());
            sessions.add(session);
        }
        return sessions.stream().map(CompletableFuture::join).toList();
    }

    /** An actuator metric's first measurement, or empty when the endpoint is absent or refused. */
    public OptionalDouble metric(String name, @Nullable String tag, @Nullable String token) {
        return metric(name, tag, token, null);
    }

    /** One statistic of an actuator metric (VALUE, COUNT, TOTAL_TIME, ...), in nanoseconds when it is a time. */
    public OptionalDouble metric(String name, @Nullable String tag, @Nullable String token,
                                 @Nullable String statistic) {
        String path = "/actuator/metrics/" + name + (tag == null ? "" : "?tag=" + tag);
        for (String credential : token == null ? new String[] {null} : new String[] {null, token}) {
            try {
                // the management port first (Parley's default: the HTTP port + 1000, loopback only), then the HTTP port
                HttpResponse<String> response = fromManagementPort(path, credential);
                if (response == null || response.statusCode() == 404) {
                    response = http.send(request("GET", path, credential, null, null),
                            HttpResponse.BodyHandlers.ofString());
                }
                if (response.statusCode() == 200) {
                    JsonNode body = JSON.readTree(response.body());
                    double value = Double.NaN;
                    for (JsonNode measurement : body.path("measurements")) {
                        if (statistic == null || statistic.equals(measurement.path("statistic").asString())) {
                            value = measurement.path("value").asDouble(Double.NaN);
                            break;
                        }
                    }
                    if (body.path("baseUnit").asString("").equals("seconds")) {
                        value *= 1e9;
                    }
                    return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
                }
            } catch (IOException e) {
                return OptionalDouble.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return OptionalDouble.empty();
            }
        }
        return OptionalDouble.empty();
    }

    /**
     * Any other REST call with a bearer credential (an agent token or an API key): the answer's JSON, after waiting
     * out 429 and 503 as every setup call does; any other status than {@code expected} fails.
     */
    public JsonNode exchange(String method, String path, @Nullable String token, @Nullable Object body, int expected) {
        return call(method, path, token, null, body, expected);
    }

    private JsonNode call(String method, String path, @Nullable String token, @Nullable String origin,
                          @Nullable Object body, int expected) {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response;
            try {
                response = http.send(request(method, path, token, origin, body), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (attempt < MAX_ATTEMPTS) {
                    pause(attempt, null);
                    continue;
                }
                throw new IllegalStateException(method + " " + base + path + " failed: " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            if (response.statusCode() == expected) {
                return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
            }
            boolean retry = response.statusCode() == 429 || response.statusCode() == 503;
            if (retry && attempt < MAX_ATTEMPTS) {
                pause(attempt, response.headers().firstValue("Retry-After").orElse(null));
                continue;
            }
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
    }

    private @Nullable HttpResponse<String> fromManagementPort(String path, @Nullable String token)
            throws InterruptedException {
        try {
            return http.send(metricsRequest(path, token), HttpResponse.BodyHandlers.ofString());
        } catch (IOException unreachable) {
            return null; // another host, or a Parley serving the actuator on its HTTP port
        }
    }

    private HttpRequest metricsRequest(String path, @Nullable String token) {
        URI management = URI.create(base.getScheme() + "://" + base.getHost() + ":" + (port(base) + 1000) + path);
        var builder = HttpRequest.newBuilder(management).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder.build();
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    }

    private HttpRequest request(String method, String path, @Nullable String token, @Nullable String origin,
                                @Nullable Object body) {
        var builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (origin != null) {
            builder.header("Origin", origin);
        }
        if (body != null) {
            builder.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } else {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return builder.build();
    }

    private static void pause(int attempt, @Nullable String retryAfter) {
        long millis = 100L << Math.min(attempt, 6);
        if (retryAfter != null && retryAfter.matches("\\d+")) {
            millis = Math.max(millis, Long.parseLong(retryAfter) * 1000);
        }
        try {
            Thread.sleep(Math.min(millis, 10_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
