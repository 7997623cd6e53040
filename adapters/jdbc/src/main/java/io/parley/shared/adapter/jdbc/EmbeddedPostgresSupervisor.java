package io.parley.shared.adapter.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded PostgreSQL again when its server dies while Parley runs (killed, crashed, stopped by hand): on
 * the same port and data directory, so the pool's connections find it again by themselves and nothing acknowledged is
 * lost (PostgreSQL recovers from its write-ahead log). Without this a single-jar installation would stay up but store
 * nothing until someone restarted it, and nothing outside would restart a process that is still alive.
 */
final class EmbeddedPostgresSupervisor implements AutoCloseable {

    static final Duration INTERVAL = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresSupervisor.class);

    private final EmbeddedPostgres first;
    private final Path dataDirectory;
    private final int port;
    private final ScheduledExecutorService timer;
    private volatile EmbeddedPostgres current;
    private volatile boolean closed;
    private volatile boolean failing;

    EmbeddedPostgresSupervisor(EmbeddedPostgres first, Path dataDirectory) {
        this.first = first;
        this.current = first;
        this.dataDirectory = dataDirectory;
        this.port = first.getPort();
        this.timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon()
                .name("embedded-postgres-supervisor").factory());
        timer.scheduleWithFixedDelay(this::check, INTERVAL.toMillis(), INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized void check() {
        if (closed || running(dataDirectory)) {
            return;
        }
        LOG.error("The embedded PostgreSQL in {} is gone (its server process ended); starting it again on port {}",
                dataDirectory, port);
        try {
            current.close();
            current = EmbeddedPostgresStarter.start(dataDirectory, port);
            failing = false;
            LOG.warn("The embedded PostgreSQL in {} runs again", dataDirectory);
        } catch (IOException | RuntimeException e) {
            if (!failing) {
                LOG.error("The embedded PostgreSQL in {} could not be started again ({}); trying again every {} s",
                        dataDirectory, e.getMessage(), INTERVAL.toSeconds());
            }
            failing = true;
        }
    }

    /** Whether the server that PostgreSQL's pid file names is alive. */
    static boolean running(Path dataDirectory) {
        Long pid = pid(dataDirectory.resolve(OrphanedPostmaster.PID_FILE));
        return pid != null && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static @Nullable Long pid(Path pidFile) {
        try {
            var lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? null : Long.parseLong(lines.getFirst().trim());
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    /** Stops the checks, and the server if this started it (the first one is closed by its own bean). */
    @Override
    public synchronized void close() throws IOException {
        closed = true;
        timer.shutdownNow();
        if (current != first) {
            current.close();
        }
    }
}
