package io.parley.drills;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the drills' own (initdb into a fresh directory, loopback, trust), from the machine's
 * PostgreSQL binaries, that a drill can stop, kill -9 and start again without touching any other database.
 */
final class PrivatePostgres implements AutoCloseable {

    private final Path bin;
    private final Path dir;
    private final int port;

    private PrivatePostgres(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    static PrivatePostgres create(Path work) {
        Path bin = binaries();
        try {
            Path dir;
            if (Processes.root()) {
                // the server runs as user postgres, who may not enter the work directory (a checkout under a
                // private directory, such as mktemp -d makes): its cluster lives in a directory of its own under
                // the system's temporary directory, which every user may enter
                dir = Files.createTempDirectory("parley-drills-postgres-");
                Processes.run(Duration.ofSeconds(10), List.of("chown", "-R", "postgres:postgres", dir.toString()));
            } else {
                dir = work.resolve("postgres-" + System.nanoTime());
                Files.createDirectories(dir);
            }
            Processes.run(Duration.ofSeconds(60), Processes.as("postgres", List.of(bin.resolve("initdb").toString(),
                    "-D", dir.resolve("data").toString(), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                    "--no-instructions")));
            var postgres = new PrivatePostgres(bin, dir, Processes.freePort());
            postgres.start();
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path binaries() {
        String configured = System.getenv("PARLEY_DRILLS_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(p -> Integer.parseInt(p.getParent().getFileName().toString())))
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL binaries under /usr/lib/postgresql; "
                            + "install PostgreSQL or set PARLEY_DRILLS_PG_BIN"));
        } catch (IOException e) {
            throw new IllegalStateException("no PostgreSQL binaries under /usr/lib/postgresql; install PostgreSQL "
                    + "or set PARLEY_DRILLS_PG_BIN", e);
        }
    }

    void start() {
        Processes.run(Duration.ofSeconds(60), Processes.as("postgres", List.of(bin.resolve("pg_ctl").toString(),
                "-D", dir.resolve("data").toString(), "-l", dir.resolve("server.log").toString(), "-w", "-t", "50",
                "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -k " + dir + " -c max_connections=200"
                        + " -c fsync=off -c synchronous_commit=on", "start")));
    }

    /** A clean, fast shutdown: connections are ended, nothing needs recovery. */
    void stop() {
        Processes.run(Duration.ofSeconds(60), Processes.as("postgres", List.of(bin.resolve("pg_ctl").toString(),
                "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop")));
    }

    /** kill -9 of the postmaster and its backends, as a crash would: the next start runs crash recovery. */
    void kill() {
        try {
            String pid = Files.readAllLines(dir.resolve("data/postmaster.pid")).getFirst().trim();
            Processes.killTree(Long.parseLong(pid));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends every client connection of the databases, as an administrator's pg_terminate_backend would. */
    void terminateConnections(String database) {
        try (Connection admin = connect("postgres")) {
            admin.createStatement().execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                    + database + "' AND pid <> pg_backend_pid()");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void createDatabase(String name) {
        try (Connection admin = connect("postgres")) {
            admin.createStatement().execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    int port() {
        return port;
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "postgres", "");
    }

    @Override
    public void close() {
        try {
            stop();
        } catch (RuntimeException ignored) {
            // already stopped or killed by the last drill
        }
        if (!dir.startsWith(Drill.WORK)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException ignored) {
                // left in the temporary directory
            }
        }
    }
}
