package io.parley.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.testing.ParleyClient;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The README's first command, for real: the packaged jar starts on the embedded defaults (its own PostgreSQL under
 * the data directory), answers on HTTP, and the configured first admin can sign in; its WebSocket endpoint refuses a
 * browser's permessage-deflate offer and tells connected clients to go away (1001) when the process is stopped. Runs after {@code package}
 * (failsafe), so it catches what only the assembled jar can get wrong, such as a missing dependency.
 */
class ExecutableJarTests {

    static final Duration STARTUP_LIMIT = Duration.ofMinutes(10);
    private static final int TAIL_LINES = 60;

    @Test
    void theExecutableJarStartsOnTheEmbeddedDefaults() throws Exception {
        Path jar = Path.of("target", "parley-exec.jar");
        assertThat(jar).exists();
        Path workDir = Files.createTempDirectory("parley-jar-");
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(List.of(java, "-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + port, "--parley.first-start.admin-password=jar-test-password",
                "--parley.security.bcrypt-strength=4"))
                .directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(workDir.resolve("parley.log").toFile()).start();
        Path log = workDir.resolve("parley.log");
        try {
            long started = System.nanoTime();
            awaitHealthy(process, port);
            long startupMillis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("parley-exec.jar: %.1f MB, healthy %d ms after launch%n",
                    Files.size(jar) / 1_048_576.0, startupMillis);

            String token = new ParleyClient("http://127.0.0.1:" + port).login("admin@parley.local", "jar-test-password");
            assertThat(token).startsWith("pt_");
            assertThat(workDir.resolve("data").resolve("postgres")).as("embedded data kept under ./data").isDirectory();
            assertThat(Files.readString(workDir.resolve("parley.log"))).contains("embedded PostgreSQL");

            try (var socket = new Socket("127.0.0.1", port)) {
                String answer = upgrade(socket, port, "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits");
                assertThat(answer).startsWith("HTTP/1.1 101");
                assertThat(answer.toLowerCase()).as("a browser's deflate offer is refused")
                        .doesNotContain("sec-websocket-extensions");
                sendText(socket, "{\"authenticate\":{\"agentToken\":\"" + token + "\"}}");
                assertThat(textContaining(socket, "\"authenticated\"")).as("signed in over the socket").isNotNull();
                process.destroy();
                assertThat(closeFrame(socket)).as("connected clients are told to go away and come back")
                        .isEqualTo("1001 server.shutdown");
            }
        } catch (AssertionError | Exception e) {
            throw new AssertionError(e.getMessage() + "\nthe end of the jar's log:\n" + tail(log), e);
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        assertThat(process.exitValue()).as("a graceful stop on SIGTERM").isIn(0, 143);
    }

    private static String upgrade(Socket socket, int port, String header) throws IOException {
        socket.setSoTimeout(30_000);
        String request = "GET /ws HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                + "Sec-WebSocket-Protocol: parley.v1.json\r\n" + header + "\r\n\r\n";
        socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
        var head = new StringBuilder();
        InputStream in = socket.getInputStream();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        return head.toString();
    }

    /** One masked text frame, as clients send them (payloads under 64 KB). */
    private static void sendText(Socket socket, String text) throws IOException {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        byte[] mask = {1, 2, 3, 4};
        var frame = new ByteArrayOutputStream();
        frame.write(0x81);
        if (payload.length < 126) {
            frame.write(0x80 | payload.length);
        } else {
            frame.write(0x80 | 126);
            frame.write(payload.length >> 8);
            frame.write(payload.length & 0xff);
        }
        frame.write(mask);
        for (int i = 0; i < payload.length; i++) {
            frame.write(payload[i] ^ mask[i % 4]);
        }
        socket.getOutputStream().write(frame.toByteArray());
    }

    /** The first text frame from the server that contains {@code part}. */
    private static String textContaining(Socket socket, String part) throws IOException {
        while (true) {
            byte[][] frame = readFrame(socket);
            String text = new String(frame[1], StandardCharsets.UTF_8);
            if (frame[0][0] == 1 && text.contains(part)) {
                return text;
            }
        }
    }

    /** Reads server frames (never masked) until the close frame: its code and reason. */
    private static String closeFrame(Socket socket) throws IOException {
        while (true) {
            byte[][] frame = readFrame(socket);
            if (frame[0][0] == 8) {
                byte[] payload = frame[1];
                int code = ((payload[0] & 0xff) << 8) | (payload[1] & 0xff);
                return code + " " + new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8);
            }
        }
    }

    /** {opcode}, payload of the next frame. */
    private static byte[][] readFrame(Socket socket) throws IOException {
        var in = new DataInputStream(socket.getInputStream());
        int opcode = in.readUnsignedByte() & 0x0f;
        long length = in.readUnsignedByte() & 0x7f;
        if (length == 126) {
            length = in.readUnsignedShort();
        } else if (length == 127) {
            length = in.readLong();
        }
        return new byte[][] {{(byte) opcode}, in.readNBytes(Math.toIntExact(length))};
    }

    /**
     * Waits until the jar answers healthy, or its process ends. The bound is far above a start on an idle machine
     * (about half a minute, the embedded PostgreSQL included): on a machine loaded with other builds the same start
     * takes minutes, and what this test is about is that it starts, not how fast.
     */
    private static void awaitHealthy(Process process, int port) throws InterruptedException {
        var http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the jar exited with " + process.exitValue() + " before it became healthy");
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/actuator/health")).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the jar did not become healthy within " + STARTUP_LIMIT);
    }

    /** The last lines of the jar's log, for a failure message. */
    static String tail(Path log) {
        try {
            List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
