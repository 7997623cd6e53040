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
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A Parley killed without warning leaves its PostgreSQL running; the next start must cope. */
@ExtendWith(OutputCaptureExtension.class)
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

        try (var context = start()) {
            assertThat(JdbcClient.create(context.getBean(DataSource.class)).sql("SELECT count(*) FROM workspace")
                    .query(Long.class).single()).isZero();
            assertThat(orphan.get().isAlive()).isFalse();
        }
    }

    /** After a crash the pid in postmaster.pid may be reused by any process; PostgreSQL alone would refuse to start. */
    @Test
    void startsWhenThePidFileNamesALiveUnrelatedProcess() throws Exception {
        var cluster = dataDir.resolve("postgres").toAbsolutePath().normalize();
        String pidFile;
        try (var first = start()) {
            pidFile = Files.readString(cluster.resolve(OrphanedPostmaster.PID_FILE));
        }
        var unrelated = new ProcessBuilder("sleep", "300").start();
        try {
            // what a crash leaves behind, with its pid now taken by another process
            Files.writeString(cluster.resolve(OrphanedPostmaster.PID_FILE),
                    unrelated.pid() + pidFile.substring(pidFile.indexOf('\n')));

            try (var second = start()) {
                assertThat(JdbcClient.create(second.getBean(DataSource.class)).sql("SELECT count(*) FROM workspace")
                        .query(Long.class).single()).isZero();
                assertThat(Files.readAllLines(cluster.resolve(OrphanedPostmaster.PID_FILE)).getFirst())
                        .isNotEqualTo(String.valueOf(unrelated.pid()));
            }
            assertThat(unrelated.isAlive()).as("the unrelated process is left alone").isTrue();
        } finally {
            unrelated.destroyForcibly();
        }
    }

    @Test
    void refusesADataDirectoryAnotherRunningParleyHolds() throws Exception {
        var cluster = dataDir.resolve("postgres").toAbsolutePath().normalize();
        try (var running = EmbeddedPostgresStarter.start(cluster, 0)) {
            assertThatThrownBy(() -> OrphanedPostmaster.stopIfAny(cluster))
                    .isInstanceOf(EmbeddedDatabaseException.class).hasMessageContaining("Another running Parley");
            assertThat(JdbcClient.create(running.getPostgresDatabase()).sql("SELECT 1").query(Integer.class).single())
                    .isEqualTo(1);
        }
    }

    private org.springframework.context.ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(JdbcAdapterTestApplication.class)
                .properties("parley.database.data-dir=" + dataDir, "spring.main.banner-mode=off").run();
    }

    @Test
    void startUpThatCannotHaveItsDatabaseSaysWhyWithoutAStackTrace(CapturedOutput output) throws Exception {
        var cluster = dataDir.resolve("postgres").toAbsolutePath().normalize();
        try (var running = EmbeddedPostgresStarter.start(cluster, 0)) {
            assertThatThrownBy(this::start).hasRootCauseInstanceOf(EmbeddedDatabaseException.class);
        }
        String log = output.getOut() + output.getErr();
        var errors = log.lines().filter(line -> line.contains(" ERROR ")).toList();
        assertThat(errors).hasSize(1);
        assertThat(log).contains("APPLICATION FAILED TO START").contains("Another running Parley uses the data directory "
                + dataDir.toAbsolutePath().normalize()).doesNotContain("\tat ");
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
