package io.parley.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server integration tests run against (PARLEY_TEST_DATABASE_HOST/PORT, default 127.0.0.1:5432, user
 * postgres). Each test JVM gets a database of its own, named for the second it was made; a later run drops it once it
 * is older than {@link #LEFTOVER_AGE} and nobody is connected to it. Without a reachable server the
 * tests are skipped with a message, unless -Dparley.require-services=true (CI), where they fail.
 */
public final class TestPostgres {

    private static final String HOST = env("PARLEY_TEST_DATABASE_HOST", "127.0.0.1");
    private static final String PORT = env("PARLEY_TEST_DATABASE_PORT", "5432");
    private static final String USER = env("PARLEY_TEST_DATABASE_USER", "postgres");
    /**
     * How old a database must be before another run takes it for a leftover. Between its creation and the keeper's
     * connection a database is unused, and on a loaded machine that can take seconds: an age far above that keeps a
     * concurrent run's new database safe.
     */
    static final Duration LEFTOVER_AGE = Duration.ofHours(6);
    private static final String PREFIX = "parley_it_";
    /** parley_it_, the creation time in epoch seconds, _, random hex. Older runs named them without the time. */
    private static final Pattern NAME = Pattern.compile("parley_it_(?:(\\d+)_)?[0-9a-f]+");
    private static String database;
    /** Held open for the JVM's life: a concurrent run's clean-up cannot drop a database in use. */
    private static Connection keeper;

    private TestPostgres() {}

    public static synchronized String url() {
        if (database == null) {
            database = create();
        }
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    public static String user() {
        return USER;
    }

    public static String host() {
        return HOST;
    }

    public static int port() {
        return Integer.parseInt(PORT);
    }

    /** The URL of this JVM's database reached through another address, such as a {@link TcpProxy}'s. */
    public static String urlThrough(String host, int port) {
        url();
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    private static String create() {
        String name = name(Instant.now());
        try (Connection admin = admin()) {
            dropLeftovers(admin, Instant.now());
            admin.createStatement().execute("CREATE DATABASE " + name);
            keeper = DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/" + name, USER, "");
        } catch (SQLException e) {
            String message = "PostgreSQL is not reachable at " + HOST + ":" + PORT + " as " + USER + " (" + e.getMessage()
                    + "); start it or set PARLEY_TEST_DATABASE_HOST/PORT/USER";
            if (Boolean.getBoolean("parley.require-services")) {
                throw new IllegalStateException(message, e);
            }
            Assumptions.abort(message);
        }
        return name;
    }

    static String name(Instant createdAt) {
        return PREFIX + createdAt.getEpochSecond() + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /**
     * Drops the databases earlier test runs left: those older than {@link #LEFTOVER_AGE} (named without a time by
     * older versions: always). Not dropped at JVM exit: the application contexts of the tests close in shutdown hooks
     * too, and would lose their database under them. A database still in use by a concurrent run refuses the drop and
     * is left alone.
     *
     * @return the databases dropped
     */
    static List<String> dropLeftovers(Connection admin, Instant now) throws SQLException {
        var names = new ArrayList<String>();
        try (var rows = admin.createStatement().executeQuery(
                "SELECT datname FROM pg_database WHERE datname LIKE 'parley\\_it\\_%'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        var dropped = new ArrayList<String>();
        for (String old : names) {
            if (!leftover(old, now)) {
                continue;
            }
            try {
                admin.createStatement().execute("DROP DATABASE IF EXISTS " + old);
                dropped.add(old);
            } catch (SQLException inUse) {
                // another test run is using it
            }
        }
        return dropped;
    }

    static boolean leftover(String name, Instant now) {
        var matcher = NAME.matcher(name);
        if (!matcher.matches()) {
            return false;
        }
        if (matcher.group(1) == null) {
            return true;
        }
        var createdAt = Instant.ofEpochSecond(Long.parseLong(matcher.group(1)));
        return createdAt.plus(LEFTOVER_AGE).isBefore(now);
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/postgres", USER, "");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
