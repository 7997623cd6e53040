package io.parley.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for Parley's REST API, as a widget or console would call it. */
public final class ParleyClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final Map<String, String> headers;

    public ParleyClient(String base) {
        this(base, Map.of());
    }

    private ParleyClient(String base, Map<String, String> headers) {
        this.base = base;
        this.headers = headers;
    }

    /**
     * The same client as seen through a trusted proxy that names {@code clientAddress} in {@code X-Forwarded-For}
     * (the server must trust 127.0.0.1 as a proxy: {@code parley.http.trusted-proxies}).
     */
    public ParleyClient from(String clientAddress) {
        var with = new java.util.LinkedHashMap<>(headers);
        with.put("X-Forwarded-For", clientAddress);
        return new ParleyClient(base, Map.copyOf(with));
    }

    public record Response(int status, JsonNode body, String contentType, HttpHeaders headers) {
        public String code() {
            return body.path("code").asString("");
        }

        /** The Retry-After header in seconds, or -1 without one. */
        public long retryAfter() {
            return headers.firstValue("Retry-After").map(Long::parseLong).orElse(-1L);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }
    }

    public Response get(String path, String token) {
        return send(request(path, token).GET());
    }

    public Response post(String path, String token, Object body) {
        return send(request(path, token).POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    public Response postRaw(String path, String token, String rawBody) {
        return send(request(path, token).POST(HttpRequest.BodyPublishers.ofString(rawBody)));
    }

    public Response postWithOrigin(String path, String origin, Object body) {
        return send(request(path, null).header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    /** A multipart/form-data upload of one file (field {@code file}) with optional text fields, as a browser sends it. */
    public Response upload(String path, String token, String fileName, byte[] content, Map<String, String> fields) {
        String boundary = "parley-" + java.util.UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        var utf8 = java.nio.charset.StandardCharsets.UTF_8;
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(utf8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(utf8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(utf8));
        return send(request(path, token).setHeader("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    public Response put(String path, String token, Object body) {
        return send(request(path, token).PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    public Response putRaw(String path, String token, String rawBody) {
        return send(request(path, token).PUT(HttpRequest.BodyPublishers.ofString(rawBody)));
    }

    /** A file upload: the bytes as the request body, with the content type a browser would send for the file. */
    public Response putFile(String path, String token, String contentType, byte[] bytes) {
        return send(request(path, token).setHeader("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    public Response delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    /** A GET as a browser's image request makes it: no token, the raw bytes and headers back. */
    public HttpResponse<byte[]> fetch(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                    .header("Accept", "image/avif,image/webp,image/apng,image/*,*/*;q=0.8").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AssertionError("HTTP call failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The raw body of a GET, for downloads that are not JSON (CSV). */
    public HttpResponse<byte[]> download(String path, String token) {
        try {
            return http.send(request(path, token).setHeader("Accept", "text/csv, */*").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AssertionError("HTTP call failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public Response patch(String path, String token, Object body) {
        return send(request(path, token).method("PATCH", HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    public String login(String email, String password) {
        Response response = post("/api/v1/auth/login", null, Map.of("email", email, "password", password));
        if (response.status() != 200) {
            throw new AssertionError("login failed: " + response.status() + " " + response.body());
        }
        return response.body().path("token").asString();
    }

    /** A new visitor of the widget behind the key; returns the visitor token. */
    public JsonNode visitorSession(String widgetKey, String origin) {
        Response response = postWithOrigin("/api/v1/widget/sessions", origin, Map.of("widgetKey", widgetKey));
        if (response.status() != 201) {
            throw new AssertionError("visitor session failed: " + response.status() + " " + response.body());
        }
        return response.body();
    }

    private HttpRequest.Builder request(String path, String token) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").header("Accept", "application/json, application/problem+json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        headers.forEach(builder::header);
        return builder;
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = sendOnce(builder.build(), true);
            JsonNode body = response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
            return new Response(response.statusCode(), body,
                    response.headers().firstValue("Content-Type").orElse(""), response.headers());
        } catch (IOException e) {
            throw new AssertionError("HTTP call failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * A request written to a kept-alive connection that the server had just closed (it may close one after an
     * answer that left the request's body unread) gets no answer at all; browsers send such a request again on a
     * new connection, and so does this client, once. The server never read it, so nothing is done twice.
     */
    private HttpResponse<String> sendOnce(HttpRequest request, boolean mayRetry)
            throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            if (mayRetry && String.valueOf(e.getMessage()).contains("received no bytes")) {
                return sendOnce(request, false);
            }
            throw e;
        }
    }
}
