package io.parley.drills;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * One Parley node: the executable jar in a JVM of its own, so that a drill can kill -9 it. Its log goes to a file in
 * the drills' work directory; a node that does not come up fails the drill with the log's last lines.
 */
final class ParleyProcess implements AutoCloseable {

    static final String ADMIN_EMAIL = "admin@parley.local";
    static final String ADMIN_PASSWORD = "drill-admin-password";
    static final String TOKEN_SECRET = "fault-drills-visitor-token-secret-0123456789";

    private final String name;
    private final Map<String, String> environment;
    private final Path log;
    private final int port;
    private final int managementPort;
    private Process process;

    private ParleyProcess(String name, Map<String, String> environment, Path log, int port, int managementPort) {
        this.managementPort = managementPort;
        this.name = name;
        this.environment = environment;
        this.log = log;
        this.port = port;
    }

    /** A node on the given database (null: the embedded PostgreSQL under dataDir) and cluster bus (null: none). */
    static ParleyProcess start(String name, Path work, String databaseUrl, String redisUrl, Path dataDir) {
        return start(name, work, databaseUrl, redisUrl, dataDir, Map.of());
    }

    /** As above, with more environment variables (settings) for the node. */
    static ParleyProcess start(String name, Path work, String databaseUrl, String redisUrl, Path dataDir,
                               Map<String, String> settings) {
        var env = new LinkedHashMap<String, String>();
        int port = Processes.freePort();
        env.put("PARLEY_PORT", Integer.toString(port));
        // the default (HTTP port + 1000) may be taken on a machine running many nodes
        int managementPort = Processes.freePort();
        env.put("PARLEY_MANAGEMENT_PORT", Integer.toString(managementPort));
        if (databaseUrl != null) {
            env.put("PARLEY_DATABASE_URL", databaseUrl);
            env.put("PARLEY_DATABASE_USER", "postgres");
        }
        env.put("PARLEY_DATABASE_DATA_DIR", dataDir.toString());
        if (redisUrl != null) {
            env.put("PARLEY_CLUSTER_REDIS_URL", redisUrl);
        }
        env.put("PARLEY_FIRST_START_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("PARLEY_SECURITY_VISITOR_TOKEN_SECRET", TOKEN_SECRET);
        env.put("PARLEY_SECURITY_BCRYPT_STRENGTH", "4");
        // the bot would answer every visitor message; the drills count the messages clients send
        env.put("PARLEY_KNOWLEDGE_BOT", "false");
        env.putAll(settings);
        var node = new ParleyProcess(name, env, work.resolve(name + "-" + System.nanoTime() + ".log"), port,
                managementPort);
        node.launch();
        return node;
    }

    private void launch() {
        String jar = System.getProperty("parley.drills.jar", "../application/target/parley-exec.jar");
        if (!Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException(jar + " is missing: build the application first (./mvnw package)");
        }
        var command = new ArrayList<>(List.of(Processes.javaCommand(), "-Xmx768m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-XX:+UseCompactObjectHeaders", "-jar", jar));
        try {
            var builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        awaitHealthy(Duration.ofSeconds(150));
    }

    private void awaitHealthy(Duration timeout) {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            Awaitility.await(name + " up on port " + port).atMost(timeout).pollInterval(Duration.ofMillis(250))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n"
                                    + tail());
                        }
                        try {
                            var response = http.send(HttpRequest.newBuilder(URI.create(url() + "/actuator/health"))
                                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                            return response.statusCode() == 200;
                        } catch (IOException e) {
                            return false;
                        }
                    });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException(name + " did not come up within " + timeout + ":\n" + tail(), e);
        }
    }

    /** Starts the same node again (same port, database, bus and data directory), after a kill or a stop. */
    void restart() {
        if (process.isAlive()) {
            stop();
        }
        launch();
    }

    /** kill -9 of the JVM: no shutdown hook runs, connections drop without a close frame. */
    void kill() {
        process.destroyForcibly();
        process.onExit().join();
    }

    void stop() {
        process.destroy();
        process.onExit().orTimeout(60, java.util.concurrent.TimeUnit.SECONDS).join();
    }

    boolean alive() {
        return process.isAlive();
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    /**
     * A counter of the node's metrics, summed over the series whose tags include {@code tag} (empty: all), read from
     * the management port's Prometheus endpoint; 0 when the node has not counted any yet.
     */
    double counter(String prometheusName, String tag) {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            var response = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("metrics of " + name + " answered " + response.statusCode());
            }
            double sum = 0;
            for (String line : response.body().split("\n")) {
                if ((line.startsWith(prometheusName + "{") || line.startsWith(prometheusName + " "))
                        && line.contains(tag)) {
                    sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
            return sum;
        } catch (IOException e) {
            throw new IllegalStateException("metrics of " + name + " unreadable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String name() {
        return name;
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            kill();
        }
    }
}
