package io.parley.rest;

import static io.parley.rest.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

@ExtendWith(OutputCaptureExtension.class)
class ErrorHandlingTests extends ApiTestSupport {

    @Test
    void answersMalformedJsonWithRequestMalformed() {
        var reply = api.post("/api/v1/auth/login", null, "{\"email\": \"admin@example.com\", ");

        assertProblem(reply, 400, "request.malformed");
    }

    @Test
    void namesTheFieldWhoseValueHasTheWrongType() {
        var reply = api.post("/api/v1/inboxes", ADMIN_TOKEN, Api.json("name", "Support", "channel", "FAX"));

        assertProblem(reply, 400, "request.malformed");
        assertThat(reply.json().get("detail").asString()).contains("'channel'").doesNotContain("io.parley");
    }

    @Test
    void listsEveryInvalidField() {
        var reply = api.post("/api/v1/auth/login", null, Api.json("email", "", "password", ""));

        assertProblem(reply, 400, "request.invalid");
        JsonNode errors = reply.json().get("errors");
        assertThat(errors.valueStream().map(e -> e.get("field").asString())).containsExactlyInAnyOrder("email", "password");
        assertThat(reply.json().get("detail").asString()).contains("email", "password");
    }

    @Test
    void rejectsFieldsOverTheirSizeLimit() {
        var reply = api.post("/api/v1/widget/sessions", null, Api.json("widgetKey", WIDGET_KEY, "name", "n".repeat(121)));

        assertProblem(reply, 400, "request.invalid");
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
    }

    @Test
    void mapsADomainRefusalToItsStatusAndCode() {
        var unknown = api.get("/api/v1/conversations/" + java.util.UUID.randomUUID(), AGENT_TOKEN);
        var malformedId = api.get("/api/v1/conversations/not-an-id", AGENT_TOKEN);
        var refusedOrigin = api.send("POST", "/api/v1/widget/sessions", null, Api.json("widgetKey", WIDGET_KEY),
                Map.of("Origin", REFUSED_ORIGIN));

        assertProblem(unknown, 404, "conversation.not-found");
        assertProblem(malformedId, 400, "request.invalid-id");
        assertProblem(refusedOrigin, 403, "visitor.origin-refused");
        assertThat(refusedOrigin.json().get("detail").asString()).isEqualTo("this site may not embed the widget");
    }

    @Test
    void answersAnUnknownPathWithNotFound() {
        assertProblem(api.get("/api/v1/no-such-thing", AGENT_TOKEN), 404, "request.not-found");
        assertProblem(api.get("/no-such-page", null), 404, "request.not-found");
    }

    @Test
    void answersAWrongMethodWith405() {
        var reply = api.send("DELETE", "/api/v1/auth/login", null, null, Map.of());

        assertProblem(reply, 405, "request.method-not-allowed");
        assertThat(reply.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("POST"));
    }

    @Test
    void refusesADeclaredBodyOver64KilobytesBeforeReadingIt() {
        String big = Api.json("email", ADMIN_EMAIL, "password", "p".repeat(70 * 1024));

        // refused on its declared length: the server answers before the body is sent
        var reply = api.postAskingFirst("/api/v1/auth/login", big);

        assertProblem(reply, 413, "request.too-large");
    }

    @Test
    void aRefusedBodyIsReadToItsEndSoTheRefusalArrivesAndTheConnectionStaysUsable() throws Exception {
        byte[] tooLarge = ("{\"name\":\"" + "x".repeat(70 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        byte[] unauthenticated = Api.json("name", "Support", "channel", "WEB").getBytes(StandardCharsets.UTF_8);
        try (var socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            var out = socket.getOutputStream();
            var in = new java.io.BufferedInputStream(socket.getInputStream());
            for (int round = 0; round < 3; round++) {
                // a body still on its way when the server has decided to refuse it: answered and closed at once,
                // the rest of the body would hit a closed socket, whose reset destroys the answer before it is read
                byte[] refused = request("/api/v1/inboxes", ADMIN_TOKEN, tooLarge);
                int half = refused.length / 2;
                out.write(refused, 0, half);
                out.flush();
                socket.setSoTimeout(300);
                assertThatThrownBy(in::read).as("an answer before the body was complete")
                        .isInstanceOf(java.net.SocketTimeoutException.class);
                socket.setSoTimeout(20_000);
                out.write(refused, half, refused.length - half);
                out.write(request("/api/v1/inboxes", null, unauthenticated));
                out.flush();
                RawAnswer first = RawAnswer.read(in);
                RawAnswer second = RawAnswer.read(in);
                assertThat(first.status()).as(first.head()).isEqualTo(413);
                assertThat(first.body()).contains("\"request.too-large\"");
                assertThat(first.head().toLowerCase(java.util.Locale.ROOT)).doesNotContain("connection: close");
                assertThat(second.status()).as(second.head()).isEqualTo(401);
                assertThat(second.body()).contains("\"auth.");
            }
        }
        var inboxes = api.get("/api/v1/inboxes", ADMIN_TOKEN);
        assertThat(inboxes.text()).doesNotContain("xxxxxxxx");
    }

    private static byte[] request(String path, String token, byte[] body) {
        String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Accept: application/json, application/problem+json\r\nContent-Length: " + body.length + "\r\n"
                + (token == null ? "" : "Authorization: Bearer " + token + "\r\n") + "\r\n";
        byte[] bytes = java.util.Arrays.copyOf(head.getBytes(StandardCharsets.US_ASCII), head.length() + body.length);
        System.arraycopy(body, 0, bytes, head.length(), body.length);
        return bytes;
    }

    /** One HTTP/1.1 answer read off a raw socket: its head, and a body of the length the head declares. */
    private record RawAnswer(int status, String head, String body) {

        static RawAnswer read(java.io.InputStream in) throws java.io.IOException {
            var head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    throw new java.io.EOFException("the connection ended after: " + head);
                }
                head.append((char) b);
            }
            String text = head.toString();
            var length = java.util.regex.Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(text);
            byte[] body;
            if (length.find()) {
                body = in.readNBytes(Integer.parseInt(length.group(1)));
            } else {
                assertThat(text.toLowerCase(java.util.Locale.ROOT)).contains("transfer-encoding: chunked");
                var chunks = new java.io.ByteArrayOutputStream();
                for (int size; (size = Integer.parseInt(line(in), 16)) > 0; ) {
                    chunks.write(in.readNBytes(size));
                    line(in);
                }
                line(in);
                body = chunks.toByteArray();
            }
            return new RawAnswer(Integer.parseInt(text.substring(9, 12)), text,
                    new String(body, StandardCharsets.UTF_8));
        }

        private static String line(java.io.InputStream in) throws java.io.IOException {
            var line = new StringBuilder();
            for (int b; (b = in.read()) != '\n'; ) {
                if (b < 0) {
                    throw new java.io.EOFException("the connection ended in a chunked body");
                }
                line.append((char) b);
            }
            return line.toString().strip();
        }
    }

    @Test
    void aPathTheContainerRefusesGetsAProblemWithACodeAndTheSecurityHeaders() {
        for (String path : new String[] {"/api/v1//inboxes", "/api/v1/inboxes%2F..%2Fagents", "/api/v1/inboxes%5cx"}) {
            var reply = api.get(path, ADMIN_TOKEN);

            assertProblem(reply, 400, "request.malformed");
            assertThat(reply.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(reply.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(reply.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
            assertThat(reply.text()).as(path).doesNotContain("<html").doesNotContain("Exception");
        }
    }

    @Test
    void refusesAChunkedBodyThatGrowsOver64Kilobytes() {
        byte[] big = Api.json("email", ADMIN_EMAIL, "password", "p".repeat(70 * 1024)).getBytes(StandardCharsets.UTF_8);

        var reply = api.sendStream("POST", "/api/v1/auth/login", () -> new ByteArrayInputStream(big));

        assertProblem(reply, 413, "request.too-large");
    }

    @Test
    void acceptsAChunkedBodyUnderTheLimit() {
        byte[] small = Api.json("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8);

        var reply = api.sendStream("POST", "/api/v1/auth/login", () -> new ByteArrayInputStream(small));

        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void refusesAMultipartUploadOverTheLimitWithoutAStackTraceTokenOrNot(CapturedOutput log) {
        int thirteenMegabytes = 13 * 1024 * 1024;
        for (String token : new String[] {null, ADMIN_TOKEN}) {
            for (boolean declared : new boolean[] {true, false}) {
                for (String path : new String[] {"/api/v1/knowledge/documents", "/api/v1/knowledge/import/csv"}) {
                    var reply = api.uploadMultipart(path, token, thirteenMegabytes, declared);

                    assertProblem(reply, 413, "request.too-large");
                }
            }
        }
        assertThat(log.getOut() + log.getErr()).doesNotContain("ERROR").doesNotContain("\tat org.eclipse.jetty");
    }

    @Test
    void refusesAMalformedMultipartBodyAsABadRequest(CapturedOutput log) {
        var reply = api.send("POST", "/api/v1/knowledge/import/csv", ADMIN_TOKEN, "not a multipart body",
                Map.of("Content-Type", "multipart/form-data; boundary=missing"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("code").asString()).startsWith("request.");
        assertThat(log.getOut() + log.getErr()).doesNotContain("ERROR");
    }

    @Test
    void hidesTheCauseOfAnUnexpectedFailure() {
        var reply = api.get("/api/v1/conversations?inbox=" + BROKEN_INBOX, AGENT_TOKEN);

        assertProblem(reply, 500, "internal.error");
        assertThat(reply.text()).doesNotContain(SECRET_FAILURE).doesNotContain("IllegalStateException")
                .doesNotContain("at io.parley").doesNotContain("trace");
    }

    @Test
    void refusesABodyThatIsNotJson() {
        var reply = api.send("POST", "/api/v1/auth/login", null, "email=a&password=b",
                Map.of("Content-Type", "text/plain"));

        assertProblem(reply, 415, "request.unsupported-media-type");
    }

    @Test
    void refusesAQueryParameterOfTheWrongType() {
        var reply = api.get("/api/v1/conversations?page=first", AGENT_TOKEN);

        assertProblem(reply, 400, "request.invalid");
    }
}
