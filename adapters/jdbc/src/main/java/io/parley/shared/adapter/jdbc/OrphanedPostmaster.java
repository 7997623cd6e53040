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
 * A lock file left by a crash whose pid now belongs to an unrelated process is removed.
 */
final class OrphanedPostmaster {

    /** The lock file zonky's EmbeddedPostgres holds for as long as it runs on a data directory. */
    static final String LOCK_FILE = "epg-lock";
    /** PostgreSQL's own lock file: the pid of the server running on the directory. */
    static final String PID_FILE = "postmaster.pid";

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
            throw new EmbeddedDatabaseException("The PostgreSQL (pid " + orphan.get().pid() + ") left running on "
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

    private static EmbeddedDatabaseException inUse(Path dataDirectory) {
        return new EmbeddedDatabaseException("Another running Parley uses the data directory " + dataDirectory.getParent()
                + ": stop it first, or give this one its own parley.database.data-dir");
    }

    /**
     * The live PostgreSQL serving this directory that the pid file names, if any. A pid file naming a live process
     * that is something else (the pid was reused after a crash) is stale: PostgreSQL would refuse to start on it, so
     * it is removed. One naming a process Parley cannot inspect is left alone, and start-up stops saying so.
     */
    private static Optional<ProcessHandle> postmaster(Path dataDirectory) throws IOException {
        var pidFile = dataDirectory.resolve(PID_FILE);
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
        var process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return Optional.empty(); // PostgreSQL itself removes a pid file naming no process
        }
        if (serves(process.get(), dataDirectory)) {
            return process;
        }
        if (!knownOther(process.get(), dataDirectory)) {
            throw new EmbeddedDatabaseException("The embedded PostgreSQL cannot start: its lock file " + pidFile
                    + " names the running process " + pid + ", which Parley cannot inspect; if that process is not"
                    + " a PostgreSQL using " + dataDirectory + ", delete the lock file and start again");
        }
        LOG.warn("Removing the stale lock file {}: the process it names (pid {}, {}) is not a PostgreSQL of this data"
                + " directory; the pid was reused after a crash", pidFile, pid, process.get().info().command().orElse(""));
        Files.delete(pidFile);
        return Optional.empty();
    }

    /** Whether the process is known to be something other than a postgres on this directory: never guess. */
    private static boolean knownOther(ProcessHandle process, Path dataDirectory) {
        var command = process.info().command();
        if (command.isEmpty()) {
            return false;
        }
        if (!command.get().endsWith("/postgres")) {
            return true;
        }
        var arguments = process.info().arguments().map(List::of).orElse(List.of());
        int data = arguments.indexOf("-D");
        return data >= 0 && data + 1 < arguments.size()
                && !Path.of(arguments.get(data + 1)).toAbsolutePath().normalize().equals(dataDirectory);
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
