package io.parley.shared.adapter.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded PostgreSQL on a data directory that outlives the process: password sign-in over the loopback
 * interface only ({@link EmbeddedAccess}), and the roles Parley connects as in order ({@link EmbeddedRoles}).
 */
final class EmbeddedPostgresStarter {

    static final String DATABASE = "postgres";

    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresStarter.class);

    private EmbeddedPostgresStarter() {}

    static EmbeddedPostgres start(Path dataDirectory, int port) throws IOException {
        Files.createDirectories(dataDirectory);
        if (RootlessAccess.runningAsRoot()) {
            if (!LinuxUtils.isUnshareAvailable()) {
                throw new EmbeddedDatabaseException("PostgreSQL refuses to run as root, and this system does not let Parley "
                        + "drop root privileges for it (unshare -U fails): run Parley as another user, or set "
                        + "parley.database.url to an external PostgreSQL");
            }
            RootlessAccess.prepare(dataDirectory);
        }
        OrphanedPostmaster.stopIfAny(dataDirectory);
        boolean fresh = !Files.exists(dataDirectory.resolve("PG_VERSION"));
        var loaded = EmbeddedPasswords.loadOrCreate(passwordsFile(dataDirectory));
        var passwords = loaded.passwords();
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder()
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
                    // no Unix socket: every connection comes over loopback TCP and signs in with a password
                    .setServerConfig("unix_socket_directories", "")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setPgBinaryResolver(PostgresBinaries.INSTANCE)
                    .setOverrideWorkingDirectory(PostgresBinaries.INSTANCE.workingDirectory())
                    // zonky signs in as the superuser to see that the server is up
                    .setConnectConfig("password", passwords.superuser())
                    .setDataDirectoryCustomizer(
                            cluster -> EmbeddedAccess.prepare(cluster.toPath(), passwords, loaded.created()))
                    .setPGStartupWait(STARTUP_WAIT)
                    .start();
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("The embedded PostgreSQL in " + dataDirectory + " did not start within "
                    + STARTUP_WAIT.toSeconds() + " s; its own log lines above say why", e);
        }
        try {
            EmbeddedRoles.arrange(postgres.getPostgresDatabase(), DATABASE, passwords);
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
        LOG.info("Using the embedded PostgreSQL on localhost:{} with its data in {}{}", postgres.getPort(), dataDirectory,
                fresh ? " (created now)" : "");
        return postgres;
    }

    /** The passwords of the embedded cluster in {@code dataDirectory}, as its first start made them. */
    static EmbeddedPasswords passwords(Path dataDirectory) throws IOException {
        return EmbeddedPasswords.loadOrCreate(passwordsFile(dataDirectory)).passwords();
    }

    /** Beside the cluster, in Parley's data directory: a copy of the cluster's files need not carry it along. */
    static Path passwordsFile(Path dataDirectory) {
        return dataDirectory.toAbsolutePath().normalize().getParent().resolve(EmbeddedPasswords.FILE);
    }
}
