package io.parley.shared.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.JdbcAdapterTestApplication;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A Parley killed without warning leaves its PostgreSQL running; the next start must cope. */
class OrphanedPostmasterTests {

    @TempDir
    Path dataDir;

    @Test
    void stopsThePostgresAKilledParleyLeftRunningAndStarts() throws Exception {
        var cluster = dataDir.resolve("postgres").toAbsolutePath().normalize();
        var killed = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledParley.class.getName(), cluster.toString())
                .redirectErrorStream(true).start();
        try (var output = new BufferedReader(new InputStreamReader(killed.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null && !line.equals(KilledParley.STARTED)) {
                // skip the child's log until it reports a running PostgreSQL
            }
            assertThat(line).isEqualTo(KilledParley.STARTED);
        }
        killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        var orphan = ProcessHandle.of(Long.parseLong(Files.readAllLines(cluster.resolve("postmaster.pid")).getFirst()));
        assertThat(orphan).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());

        try (var context = new SpringApplicationBuilder(JdbcAdapterTestApplication.class)
                .properties("parley.database.data-dir=" + dataDir, "spring.main.banner-mode=off").run()) {
            assertThat(JdbcClient.create(context.getBean(DataSource.class)).sql("SELECT count(*) FROM workspace")
                    .query(Long.class).single()).isZero();
            assertThat(orphan.get().isAlive()).isFalse();
        }
    }

    @Test
    void refusesADataDirectoryAnotherRunningParleyHolds() throws Exception {
        var cluster = dataDir.resolve("postgres").toAbsolutePath().normalize();
        try (var running = EmbeddedPostgresStarter.start(cluster, 0)) {
            assertThatThrownBy(() -> OrphanedPostmaster.stopIfAny(cluster))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("Another running Parley");
            assertThat(JdbcClient.create(running.getPostgresDatabase()).sql("SELECT 1").query(Integer.class).single())
                    .isEqualTo(1);
        }
    }

    /** Starts PostgreSQL the way Parley does, says so, and waits to be killed. */
    static final class KilledParley {

        static final String STARTED = "embedded PostgreSQL started";

        public static void main(String[] args) throws Exception {
            EmbeddedPostgresStarter.start(Path.of(args[0]), 0);
            System.out.println(STARTED);
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
        }
    }
}
