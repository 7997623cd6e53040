package io.parley.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Another Parley node in a process of its own, on the test database: a second member of the cluster, which a test
 * can kill as a crash would (SIGKILL: no shutdown hook, nothing cleaned up). Its log goes to target/nodes.
 */
public final class ParleyNode implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Process process;
    private final int port;
    private final Path log;

    private ParleyNode(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts a node with the integration tests' settings plus {@code properties}; returns once it is ready. */
    public static ParleyNode start(String name, Map<String, String> properties) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "io.parley.ParleyApplication",
                "--server.port=" + port,
                "--parley.database.url=" + TestPostgres.url(),
                "--parley.database.user=" + TestPostgres.user(),
                "--parley.database.pool-size=4",
                "--parley.first-start.enabled=false",
                "--parley.security.bcrypt-strength=4",
                "--parley.security.visitor-token-secret=" + ParleyIntegrationTest.VISITOR_TOKEN_SECRET,
                "--spring.modulith.events.republish-outstanding-events-on-restart=false",
                "--spring.main.banner-mode=off",
                "--spring.profiles.active=" + ParleyIntegrationTest.RELAXED_LIMITS));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            Path log = Files.createDirectories(Path.of("target", "nodes")).resolve(name + ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            var node = new ParleyNode(process, port, log);
            node.awaitReady();
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public ParleyClient client() {
        return new ParleyClient("http://127.0.0.1:" + port);
    }

    /** Kills the process at once, as a crash or a pulled plug would: it cleans nothing up. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("node exited with " + process.exitValue() + "; see " + log.toAbsolutePath());
            }
            try {
                var response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            pause();
        }
        kill();
        throw new AssertionError("node not ready within " + START_TIMEOUT + "; see " + log.toAbsolutePath());
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
