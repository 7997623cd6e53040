package io.parley.shared.adapter.jdbc;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL runs as a daemon: when Parley is killed without a chance to stop it (kill -9, the OOM killer), the server
 * keeps running and holds the data directory, and the next start would fail. This stops such a left-over server, but
 * only when no running Parley holds the directory's lock and the process is a PostgreSQL serving this very directory.
 */
final class OrphanedPostmaster {

    /** The lock file zonky's EmbeddedPostgres holds for as long as it runs on a data directory. */
    static final String LOCK_FILE = "epg-lock";

    private static final Logger LOG = LoggerFactory.getLogger(OrphanedPostmaster.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(60);

    private OrphanedPostmaster() {}

    static void stopIfAny(Path dataDirectory) throws IOException {
        checkNotInUse(dataDirectory);
        var orphan = postmaster(dataDirectory);
        if (orphan.isEmpty()) {
            return;
        }
        LOG.warn("Stopping the embedded PostgreSQL (pid {}) that an earlier Parley left running on {}",
                orphan.get().pid(), dataDirectory);
        // SIGTERM: PostgreSQL finishes its work and shuts down cleanly; the dead process has no sessions left
        orphan.get().destroy();
        try {
            orphan.get().onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new IllegalStateException("The PostgreSQL (pid " + orphan.get().pid() + ") left running on "
                    + dataDirectory + " did not stop within " + STOP_WAIT.toSeconds() + " s; stop it, then start again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for PostgreSQL to stop", e);
        }
    }

    private static void checkNotInUse(Path dataDirectory) throws IOException {
        var lockFile = dataDirectory.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (var channel = FileChannel.open(lockFile, StandardOpenOption.WRITE); var lock = channel.tryLock()) {
            if (lock == null) {
                throw inUse(dataDirectory);
            }
        } catch (OverlappingFileLockException e) {
            throw inUse(dataDirectory);
        }
    }

    private static IllegalStateException inUse(Path dataDirectory) {
        return new IllegalStateException("Another running Parley uses the data directory " + dataDirectory.getParent()
                + ": stop it first, or give this one its own parley.database.data-dir");
    }

    private static Optional<ProcessHandle> postmaster(Path dataDirectory) throws IOException {
        var pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        long pid;
        try {
            pid = Long.parseLong(lines.getFirst().strip());
        } catch (RuntimeException e) {
            return Optional.empty(); // unreadable: PostgreSQL judges its own pid file on start
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> serves(p, dataDirectory));
    }

    /** Whether the process is a postgres started on this data directory: never stop anything else a reused pid names. */
    private static boolean serves(ProcessHandle process, Path dataDirectory) {
        var command = process.info().command().orElse("");
        var arguments = List.of(process.info().arguments().orElse(new String[0]));
        int data = arguments.indexOf("-D");
        return command.endsWith("/postgres") && data >= 0 && data + 1 < arguments.size()
                && Path.of(arguments.get(data + 1)).toAbsolutePath().normalize().equals(dataDirectory);
    }
}
