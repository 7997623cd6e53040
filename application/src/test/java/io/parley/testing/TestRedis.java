package io.parley.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The Redis server the tests run against (PARLEY_TEST_REDIS_HOST/PORT, default 127.0.0.1:6379). Without a reachable
 * server the tests are skipped with a message, unless -Dparley.require-services=true (CI), where they fail.
 */
public final class TestRedis {

    private static final String HOST = env("PARLEY_TEST_REDIS_HOST", "127.0.0.1");
    private static final int PORT = Integer.parseInt(env("PARLEY_TEST_REDIS_PORT", "6379"));

    private TestRedis() {}

    /** The server's URL, once it answered PING. */
    public static String url() {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, PORT), 2000);
            socket.setSoTimeout(2000);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] answer = in.readNBytes(7);
            if (!new String(answer, StandardCharsets.US_ASCII).equals("+PONG\r\n")) {
                throw new IOException("unexpected answer to PING: " + new String(answer, StandardCharsets.US_ASCII));
            }
        } catch (IOException e) {
            String message = "Redis is not reachable at " + HOST + ":" + PORT + " (" + e.getMessage()
                    + "); start it or set PARLEY_TEST_REDIS_HOST/PORT";
            if (Boolean.getBoolean("parley.require-services")) {
                throw new IllegalStateException(message, e);
            }
            Assumptions.abort(message);
        }
        return "redis://" + HOST + ":" + PORT;
    }

    public static String host() {
        return HOST;
    }

    public static int port() {
        return PORT;
    }

    /** Removes a key a test made; best effort. */
    public static void delete(String key) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, PORT), 2000);
            socket.setSoTimeout(2000);
            byte[] name = key.getBytes(StandardCharsets.UTF_8);
            OutputStream out = socket.getOutputStream();
            out.write(("*2\r\n$3\r\nDEL\r\n$" + name.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(name);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.getInputStream().read();
        } catch (IOException ignored) {
            // a leftover stream of a test run harms nothing: its key is unique
        }
    }

    /** A stream key no other test run uses. */
    public static String uniqueStreamKey() {
        return "parley:test:" + UUID.randomUUID();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
