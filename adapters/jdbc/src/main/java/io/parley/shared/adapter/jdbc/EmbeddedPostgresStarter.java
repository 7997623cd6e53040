package io.parley.shared.adapter.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the embedded PostgreSQL on a data directory that outlives the process. */
final class EmbeddedPostgresStarter {

    static final String USER = "postgres";
    static final String DATABASE = "postgres";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresStarter.class);

    private EmbeddedPostgresStarter() {}

    static EmbeddedPostgres start(Path dataDirectory, int port) throws IOException {
        Files.createDirectories(dataDirectory);
        if (RootlessAccess.runningAsRoot()) {
            if (!LinuxUtils.isUnshareAvailable()) {
                throw new IllegalStateException("PostgreSQL refuses to run as root, and this system does not let Parley "
                        + "drop root privileges for it (unshare -U fails): run Parley as another user, or set "
                        + "parley.database.url to an external PostgreSQL");
            }
            RootlessAccess.prepare(dataDirectory);
        }
        OrphanedPostmaster.stopIfAny(dataDirectory);
        boolean fresh = !Files.exists(dataDirectory.resolve("PG_VERSION"));
        var postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                // the data is the installation's: keep it across restarts
                .setCleanDataDirectory(false)
                // Spring closes it after the DataSource; a JVM hook would race Spring's own shutdown
                .setRegisterShutdownHook(false)
                .setPort(port)
                .setLocaleConfig("locale", "C")
                // zonky's defaults are tuned for throw-away test databases (fsync off, asynchronous commit); an
                // acknowledged message must survive a crash
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "localhost")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        LOG.info("Using the embedded PostgreSQL on localhost:{} with its data in {}{}", postgres.getPort(), dataDirectory,
                fresh ? " (created now)" : "");
        return postgres;
    }
}
