package io.parley.shared.adapter.jdbc;

import static io.parley.Tenants.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.JdbcAdapterTestApplication;
import io.parley.shared.WorkspaceId;
import io.parley.workspace.model.Workspace;
import io.parley.workspace.model.WorkspaceName;
import io.parley.workspace.port.Workspaces;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.nio.file.Path;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
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
            // reachable from this machine only (and, Parley's role being unprivileged, that is all it may read)
            assertThat(jdbc.sql("SHOW listen_addresses").query(String.class).single()).isIn("localhost", "127.0.0.1");
        }
    }

    @Test
    void connectsAsARoleThatCanNeitherRunProgramsNorChangeTheSchema() {
        try (var context = start()) {
            var jdbc = JdbcClient.create(context.getBean(DataSource.class));
            assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo(EmbeddedRoles.RUNTIME);
            assertThat(jdbc.sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").query(Boolean.class).single())
                    .isFalse();

            // the superuser's way to run shell commands on the server
            assertThatThrownBy(() -> jdbc.sql("COPY (SELECT 1) TO PROGRAM 'touch /tmp/parley-copy-program'").update())
                    .rootCause().hasMessageContaining("permission denied");
            jdbc.sql("CREATE TEMPORARY TABLE shell (line text)").update();
            assertThatThrownBy(() -> jdbc.sql("COPY shell FROM PROGRAM 'id'").update())
                    .rootCause().hasMessageContaining("permission denied");
            assertThatThrownBy(() -> jdbc.sql("CREATE TABLE planted (id int)").update())
                    .rootCause().hasMessageContaining("permission denied");
            assertThatThrownBy(() -> jdbc.sql("DROP TABLE workspace").update()).rootCause()
                    .hasMessageContaining("must be owner");

            // rows, yes: tables of every migration are granted, sequences too
            var workspace = Workspace.create(new WorkspaceName("Runtime"), Set.of(), T0);
            context.getBean(Workspaces.class).save(workspace);
            assertThat(jdbc.sql("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner <> :owner")
                    .param("owner", EmbeddedRoles.OWNER).query(Long.class).single()).as("tables the owner role lacks").isZero();
        }
    }

    @Test
    void refusesConnectionsWithoutThePasswordAndKeepsThePasswordsPrivate() throws Exception {
        try (var context = start()) {
            int port = context.getBean(EmbeddedPostgres.class).getPort();
            String url = "jdbc:postgresql://localhost:" + port + "/postgres";
            for (String role : List.of("postgres", EmbeddedRoles.OWNER, EmbeddedRoles.RUNTIME)) {
                assertThatThrownBy(() -> DriverManager.getConnection(url, role, null)).as(role)
                        .isInstanceOf(SQLException.class).hasMessageContaining("password");
                assertThatThrownBy(() -> DriverManager.getConnection(url, role, "guessed")).as(role)
                        .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
            }
            assertThat(dataDir.resolve("postgres").resolve("pg_hba.conf")).content().doesNotContain("trust")
                    .contains("scram-sha-256");
            Path passwords = dataDir.resolve(EmbeddedPasswords.FILE);
            assertThat(Files.getPosixFilePermissions(passwords)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            String superuser = EmbeddedPasswords.loadOrCreate(passwords).passwords().superuser();
            try (var connection = DriverManager.getConnection(url, "postgres", superuser)) {
                assertThat(connection.isValid(5)).isTrue();
            }
        }
    }

    /** Parley before this version made the cluster with trust sign-in and its tables as the superuser. */
    @Test
    void bringsAnInstallationThatTrustedLocalConnectionsToPasswordsAndRoles() throws Exception {
        Path cluster = dataDir.resolve("postgres");
        var legacyWorkspace = java.util.UUID.randomUUID();
        try (var legacy = EmbeddedPostgres.builder().setDataDirectory(cluster).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start()) {
            Flyway.configure().dataSource(legacy.getPostgresDatabase()).locations("classpath:db/migration")
                    .outOfOrder(true).load().migrate();
            JdbcClient.create(legacy.getPostgresDatabase())
                    .sql("INSERT INTO workspace (id, name, created_at) VALUES (:id, 'Before', now())")
                    .param("id", legacyWorkspace).update();
        }
        assertThat(cluster.resolve("pg_hba.conf")).content().contains("trust");
        assertThat(dataDir.resolve(EmbeddedPasswords.FILE)).doesNotExist();

        try (var context = start()) {
            assertThat(context.getBean(Workspaces.class).findById(new WorkspaceId(legacyWorkspace)))
                    .map(w -> w.name().value()).contains("Before");
            context.getBean(Workspaces.class).save(Workspace.create(new WorkspaceName("After"), Set.of(), T0));
            var jdbc = JdbcClient.create(context.getBean(DataSource.class));
            assertThat(jdbc.sql("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner <> :owner")
                    .param("owner", EmbeddedRoles.OWNER).query(Long.class).single()).isZero();
            assertThat(cluster.resolve("pg_hba.conf")).content().doesNotContain("trust");
            int port = context.getBean(EmbeddedPostgres.class).getPort();
            assertThatThrownBy(() -> DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
                    "postgres", null)).isInstanceOf(SQLException.class);
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
