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
