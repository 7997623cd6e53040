package io.parley.shared.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a root-started Parley does to the paths its unprivileged PostgreSQL must reach. */
class RootlessAccessTests {

    private static final int NOBODY = 65534;

    @TempDir
    Path dataDir;

    @BeforeEach
    void onlyAsRoot() {
        assumeTrue(RootlessAccess.runningAsRoot(), "only a process running as root hands directories over");
    }

    @Test
    void takesBackADataDirectoryHandedToNobody() throws Exception {
        var cluster = Files.createDirectories(dataDir.resolve("postgres"));
        var file = Files.writeString(cluster.resolve("PG_VERSION"), "17\n");
        Files.setAttribute(cluster, "unix:uid", NOBODY);
        Files.setAttribute(file, "unix:uid", NOBODY);

        RootlessAccess.prepare(cluster);

        assertThat(Files.getAttribute(cluster, "unix:uid")).isEqualTo(0);
        assertThat(Files.getAttribute(file, "unix:uid")).isEqualTo(0);
    }

    @Test
    void refusesADataDirectoryBelowAPathItCannotEnter() throws Exception {
        var closed = Files.createDirectories(dataDir.resolve("someone-elses"));
        var cluster = Files.createDirectories(closed.resolve("data").resolve("postgres"));
        Files.setAttribute(closed, "unix:uid", 1000);
        Files.setAttribute(closed, "unix:gid", 1000);
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));

        assertThatThrownBy(() -> RootlessAccess.prepare(cluster))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot enter " + closed)
                .hasMessageContaining("parley.database.data-dir");

        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx--x--x"));
        assertThatCode(() -> RootlessAccess.prepare(cluster)).doesNotThrowAnyException();
    }
}
