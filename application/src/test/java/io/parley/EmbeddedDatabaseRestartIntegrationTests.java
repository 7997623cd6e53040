package io.parley;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.testing.ParleyClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Parley with no database configured: it starts its own PostgreSQL under the data directory, and a restart finds
 * everything again without creating the first-start data twice.
 */
class EmbeddedDatabaseRestartIntegrationTests {

    private static final String PASSWORD = "embedded-admin-password";

    @Test
    void restartOnTheEmbeddedDatabaseKeepsConversationsAndCreatesNothingTwice() throws Exception {
        Path dataDir = Files.createTempDirectory("parley-embedded-");
        dataDir.toFile().deleteOnExit();
        String conversation;
        String visitorToken;
        try (var first = start(dataDir)) {
            var client = client(first);
            String admin = client.login("admin@parley.local", PASSWORD);
            String widgetKey = client.get("/api/v1/inboxes", admin).body().path("items").path(0).path("widgetKey").asString();
            visitorToken = client.visitorSession(widgetKey, "http://localhost:8080").path("visitorToken").asString();
            conversation = client.post("/api/v1/visitor/conversations", visitorToken, Map.of()).body().path("id").asString();
            client.post("/api/v1/visitor/conversations/" + conversation + "/messages", visitorToken,
                    Map.of("clientMessageId", "before-restart", "body", "remember me"));
        }
        assertThat(dataDir.resolve("postgres")).isDirectory();
        try (var second = start(dataDir)) {
            var client = client(second);
            String admin = client.login("admin@parley.local", PASSWORD);
            var history = client.get("/api/v1/conversations/" + conversation + "/messages", admin);
            assertThat(history.body().path("items").get(0).path("body").asString()).isEqualTo("remember me");
            assertThat(client.get("/api/v1/inboxes", admin).body().path("items").size()).as("one inbox, not two").isEqualTo(1);
            assertThat(client.get("/api/v1/agents", admin).body().path("items").size()).as("one admin, not two").isEqualTo(1);
            var mine = client.get("/api/v1/visitor/conversations", visitorToken);
            assertThat(mine.body().toString()).as("the visitor token survives the restart").contains(conversation);
        }
    }

    @Test
    void aPostgreSQLServerKilledUnderARunningParleyIsStartedAgainAndNothingStoredIsLost() throws Exception {
        Path dataDir = Files.createTempDirectory("parley-embedded-");
        dataDir.toFile().deleteOnExit();
        try (var node = start(dataDir)) {
            var client = client(node);
            String admin = client.login("admin@parley.local", PASSWORD);
            String widgetKey = client.get("/api/v1/inboxes", admin).body().path("items").path(0).path("widgetKey").asString();
            String visitorToken = client.visitorSession(widgetKey, "http://localhost:8080").path("visitorToken").asString();
            String conversation = client.post("/api/v1/visitor/conversations", visitorToken, Map.of()).body().path("id")
                    .asString();
            client.post("/api/v1/visitor/conversations/" + conversation + "/messages", visitorToken,
                    Map.of("clientMessageId", "before-the-crash", "body", "stored before"));

            Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
            long postmaster = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
            var server = ProcessHandle.of(postmaster).orElseThrow();
            // the postmaster first, so that it cannot fork a recovery process once it sees a child die (such a
            // process would outlive it, hold the shared memory and keep any new server from starting), then the
            // children it had, as kill -9 of the process group does
            var children = server.descendants().toList();
            server.destroyForcibly();
            server.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            children.forEach(ProcessHandle::destroyForcibly);

            org.awaitility.Awaitility.await("the embedded PostgreSQL started again")
                    .atMost(java.time.Duration.ofSeconds(120)).pollInterval(java.time.Duration.ofMillis(500))
                    .until(() -> ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).getFirst().trim()))
                            .map(ProcessHandle::isAlive).orElse(false));
            org.awaitility.Awaitility.await("a message is stored again").atMost(java.time.Duration.ofSeconds(60))
                    .pollInterval(java.time.Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> client.post("/api/v1/visitor/conversations/" + conversation + "/messages",
                            visitorToken, Map.of("clientMessageId", "after-the-crash", "body", "stored after"))
                            .status() / 100 == 2);
            var history = client.get("/api/v1/conversations/" + conversation + "/messages", admin).body()
                    .path("items");
            assertThat(history.findValuesAsString("clientMessageId")).containsExactly("before-the-crash",
                    "after-the-crash");
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        // command-line arguments, so that they win over application.yml (builder properties would not)
        return new SpringApplicationBuilder(ParleyApplication.class).run(
                "--server.port=0",
                "--parley.database.data-dir=" + dataDir,
                "--parley.first-start.admin-password=" + PASSWORD,
                "--parley.security.bcrypt-strength=4");
    }

    private static ParleyClient client(ConfigurableApplicationContext context) {
        String port = context.getEnvironment().getProperty("local.server.port");
        return new ParleyClient("http://127.0.0.1:" + port);
    }
}
