package io.parley.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.ParleyApplication;
import io.parley.benchmarks.load.PhaseReport;
import io.parley.benchmarks.scenario.ChatScenario;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * S5 in small: two Parley nodes in this JVM on one fresh database and one Redis (PARLEY_TEST_REDIS_HOST/PORT,
 * default 127.0.0.1:6379; skipped without it unless -Dparley.require-services=true). Visitors load node A, the agent
 * listens on node B: every message crosses the cluster bus, and arrives once.
 */
class CrossNodeBenchmarkSmokeTests {

    private static final String PASSWORD = "bench-smoke-password";
    private static final String ORIGIN = "https://bench.parley.test";
    private static final String REDIS_HOST = env("PARLEY_TEST_REDIS_HOST", "127.0.0.1");
    private static final int REDIS_PORT = Integer.parseInt(env("PARLEY_TEST_REDIS_PORT", "6379"));

    private static BenchDatabase database;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    @TempDir
    Path out;

    static String stream;

    @BeforeAll
    static void startTwoNodes(@TempDir Path dataDir) {
        requireRedis();
        database = BenchDatabase.create();
        stream = "parley:bench-smoke:" + UUID.randomUUID();
        String secret = UUID.randomUUID() + "" + UUID.randomUUID();
        nodeA = node(dataDir.resolve("a"), stream, secret, true);
        nodeB = node(dataDir.resolve("b"), stream, secret, false);
    }

    @AfterAll
    static void stopNodes() {
        for (var node : new ConfigurableApplicationContext[] {nodeB, nodeA}) {
            if (node != null) {
                node.close();
            }
        }
        if (database != null) {
            database.drop();
        }
        if (stream != null) {
            redis("DEL", stream);
        }
    }

    @Test
    void visitorsOnOneNodeReachTheAgentOnTheOtherOnceAndTheSummarySaysWhichNodes() throws Exception {
        var results = new ChatScenario(Options.parse(List.of("--url", url(nodeA), "--agent-url", url(nodeB),
                "--password", PASSWORD, "--origin", ORIGIN, "--out", out.toString(), "--database-process", "none",
                "--conversations", "40", "--rate", "80", "--duration", "2s", "--warmup", "0s", "--grace", "20s")))
                .run(System.out);

        assertThat(results.scenario()).isEqualTo("cross-node");
        assertThat(results.visitorNode()).endsWith(port(nodeA) + "/ws");
        assertThat(results.agentNode()).endsWith(port(nodeB) + "/ws");
        PhaseReport phase = results.phases().getLast();
        assertThat(phase.counts().acked()).as("%s", phase.counts()).isEqualTo(160);
        assertThat(phase.counts().delivered()).as("every message crossed to node B: %s", phase.counts())
                .isEqualTo(160);
        assertThat(phase.counts().duplicateDeliveries()).isZero();
        assertThat(phase.counts().lost()).isZero();
        assertThat(phase.counts().errors()).isEmpty();
    }

    private static ConfigurableApplicationContext node(Path dataDir, String stream, String secret, boolean first) {
        return new SpringApplicationBuilder(ParleyApplication.class).run(
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--parley.rate-limits.enabled=false", // one client address creates all the load
                "--logging.level.root=WARN",
                "--parley.database.url=" + database.url(),
                "--parley.database.user=" + database.user(),
                "--parley.first-start.enabled=" + first,
                "--parley.first-start.admin-password=" + PASSWORD,
                "--parley.first-start.allowed-origins=" + ORIGIN,
                "--parley.security.bcrypt-strength=4",
                "--parley.security.visitor-token-secret=" + secret,
                "--parley.database.data-dir=" + dataDir,
                "--spring.modulith.events.republish-outstanding-events-on-restart=false",
                "--parley.cluster.redis-url=redis://" + REDIS_HOST + ":" + REDIS_PORT,
                "--parley.cluster.stream-key=" + stream);
    }

    private static String url(ConfigurableApplicationContext node) {
        return "http://127.0.0.1:" + port(node);
    }

    private static String port(ConfigurableApplicationContext node) {
        return node.getEnvironment().getRequiredProperty("local.server.port");
    }

    /** One command over RESP; best effort (a leftover key of a test run harms nothing: it is unique). */
    private static void redis(String... command) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(REDIS_HOST, REDIS_PORT), 2000);
            socket.setSoTimeout(2000);
            var request = new StringBuilder("*" + command.length + "\r\n");
            for (String part : command) {
                request.append('$').append(part.getBytes(StandardCharsets.UTF_8).length).append("\r\n")
                        .append(part).append("\r\n");
            }
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.UTF_8));
            socket.getInputStream().read();
        } catch (IOException ignored) {
            // nothing to clean up then
        }
    }

    private static void requireRedis() {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(REDIS_HOST, REDIS_PORT), 2000);
            socket.setSoTimeout(2000);
            OutputStream request = socket.getOutputStream();
            request.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream answer = socket.getInputStream();
            if (!new String(answer.readNBytes(7), StandardCharsets.US_ASCII).equals("+PONG\r\n")) {
                throw new IOException("no PONG");
            }
        } catch (IOException e) {
            String message = "Redis is not reachable at " + REDIS_HOST + ":" + REDIS_PORT + " (" + e.getMessage()
                    + "); start it or set PARLEY_TEST_REDIS_HOST/PORT";
            if (Boolean.getBoolean("parley.require-services")) {
                throw new IllegalStateException(message, e);
            }
            Assumptions.abort(message);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
