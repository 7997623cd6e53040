package io.parley.rest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the running test server, so the tests see exactly what a browser or the widget sees. */
final class Api {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;

    Api(int port) {
        this.base = "http://localhost:" + port;
    }

    record Reply(int status, java.net.http.HttpHeaders headers, String text) {

        JsonNode json() {
            return JSON.readTree(text);
        }

        String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        String code() {
            return json().get("code").asString();
        }
    }

    Reply get(String path, @Nullable String token) {
        return send("GET", path, token, null, Map.of());
    }

    Reply post(String path, @Nullable String token, @Nullable String body) {
        return send("POST", path, token, body, Map.of());
    }

    Reply patch(String path, @Nullable String token, String body) {
        return send("PATCH", path, token, body, Map.of());
    }

    Reply send(String method, String path, @Nullable String token, @Nullable String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return send(request);
    }

    /**
     * Asks the server first ({@code Expect: 100-continue}) and sends the body only if it agrees, as careful clients
     * of large uploads do: a refusal then arrives whole instead of racing the body the server will not read.
     */
    Reply postAskingFirst(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json"));
    }

    /**
     * Uploads {@code size} bytes as the multipart field {@code file}, declaring the length and asking first when
     * {@code declared}, else streaming it chunked.
     */
    Reply uploadMultipart(String path, @org.jspecify.annotations.Nullable String token, int size, boolean declared) {
        String boundary = "parley-test-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + size + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        java.util.Arrays.fill(body, head.length, head.length + size, (byte) 'x');
        System.arraycopy(tail, 0, body, head.length + size, tail.length);
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary);
        if (declared) {
            request.expectContinue(true).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        } else {
            request.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)));
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    /** Sends a body of unknown length, which goes out chunked. */
    Reply sendStream(String method, String path, Supplier<InputStream> body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.ofInputStream(body))
                .header("Content-Type", "application/json"));
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = sendOnce(request.build(), true);
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A request written to a kept-alive connection that the server closed after its previous answer (one that left a
     * refused body unread) gets no answer at all; browsers send such a request again on a new connection, and so does
     * this client, once. The server never read it, so nothing is done twice.
     */
    private static HttpResponse<String> sendOnce(HttpRequest request, boolean mayRetry)
            throws IOException, InterruptedException {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            if (mayRetry && String.valueOf(e.getMessage()).contains("received no bytes")) {
                return sendOnce(request, false);
            }
            throw e;
        }
    }

    static String json(Object... keysAndValues) {
        var node = JSON.createObjectNode();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            node.set((String) keysAndValues[i], JSON.valueToTree(keysAndValues[i + 1]));
        }
        return node.toString();
    }
}
