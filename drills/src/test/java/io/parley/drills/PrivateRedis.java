package io.parley.drills;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;

/** A redis-server of the drills' own on a free port, that a drill can pause, freeze (SIGSTOP), kill -9 and restart. */
final class PrivateRedis implements AutoCloseable {

    private final Path log;
    private final int port;
    private Process process;

    private PrivateRedis(Path log, int port) {
        this.log = log;
        this.port = port;
    }

    static PrivateRedis start(Path work) {
        var redis = new PrivateRedis(work.resolve("redis-" + System.nanoTime() + ".log"), Processes.freePort());
        redis.start();
        return redis;
    }

    void start() {
        try {
            process = new ProcessBuilder("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new IllegalStateException("redis-server could not be started (is Redis installed?)", e);
        }
        Awaitility.await("redis-server on port " + port).atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100)).until(this::answers);
    }

    String url() {
        return "redis://127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    /** CLIENT PAUSE: the server keeps its connections but answers no client for that long. */
    void pause(Duration duration) {
        command("CLIENT", "PAUSE", Long.toString(duration.toMillis()), "ALL");
    }

    /** SIGSTOP: the process stops; connections stay open and get no answer. */
    void freeze() {
        Processes.signal(process.pid(), "STOP");
    }

    void thaw() {
        Processes.signal(process.pid(), "CONT");
    }

    /** kill -9; everything in it is gone (the drills' Redis keeps nothing on disk, as Parley expects). */
    void kill() {
        process.destroyForcibly();
        process.onExit().join();
    }

    boolean answers() {
        try {
            return command("PING").startsWith("+PONG");
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    private String command(String... parts) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            socket.setSoTimeout(2000);
            var request = new StringBuilder("*").append(parts.length).append("\r\n");
            for (String part : parts) {
                request.append('$').append(part.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(part)
                        .append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] answer = new byte[64];
            int read = in.read(answer);
            return read <= 0 ? "" : new String(answer, 0, read, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            thaw();
            process.destroyForcibly();
        }
    }
}
