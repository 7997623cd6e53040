package io.parley.shared.adapter.jdbc;

import static io.parley.Tenants.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.JdbcAdapterTestApplication;
import io.parley.shared.WorkspaceId;
import io.parley.workspace.model.Workspace;
import io.parley.workspace.model.WorkspaceName;
import io.parley.workspace.port.Workspaces;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Without a database URL Parley runs its own PostgreSQL, and the data outlives the process. */
class EmbeddedPostgresTests {

    @TempDir
    Path dataDir;

    @Test
    void keepsTheDataInTheDataDirectoryAcrossRestarts() {
        WorkspaceId id;
        try (var first = start()) {
            assertThat(first.getBeanNamesForType(EmbeddedPostgres.class)).hasSize(1);
            var workspace = Workspace.create(new WorkspaceName("Kept"), Set.of(), T0);
            first.getBean(Workspaces.class).save(workspace);
            id = workspace.getId();
        }
        assertThat(dataDir.resolve("postgres").resolve("PG_VERSION")).exists();
        // stopped cleanly: PostgreSQL removes its pid file on shutdown
        assertThat(dataDir.resolve("postgres").resolve("postmaster.pid")).doesNotExist();

        try (var second = start()) {
            assertThat(second.getBean(Workspaces.class).findById(id)).map(w -> w.name().value()).contains("Kept");
            var migrations = JdbcClient.create(second.getBean(DataSource.class))
                    .sql("SELECT count(*) FROM flyway_schema_history WHERE success").query(Long.class).single();
            assertThat(migrations).isEqualTo(MigrationsTests.migrationsOnClassPath());
        }
    }

    @Test
    void createsTheDataDirectoryWhereItIsMissingAndRunsDurably() {
        var nested = dataDir.resolve("not").resolve("yet");
        try (var context = start(nested)) {
            assertThat(Files.isDirectory(nested.resolve("postgres"))).isTrue();
            var jdbc = JdbcClient.create(context.getBean(DataSource.class));
            // the embedded server's test-friendly defaults turn both off
            assertThat(jdbc.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
        }
    }

    private ConfigurableApplicationContext start() {
        return start(dataDir);
    }

    private static ConfigurableApplicationContext start(Path directory) {
        return new SpringApplicationBuilder(JdbcAdapterTestApplication.class)
                .properties("parley.database.data-dir=" + directory, "spring.main.banner-mode=off")
                .run();
    }
}
