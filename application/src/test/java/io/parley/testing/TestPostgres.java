package io.parley.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server integration tests run against (PARLEY_TEST_DATABASE_HOST/PORT, default 127.0.0.1:5432, user
 * postgres). Each test JVM gets a database of its own; the next run drops it. Without a reachable server the
 * tests are skipped with a message, unless -Dparley.require-services=true (CI), where they fail.
 */
public final class TestPostgres {

    private static final String HOST = env("PARLEY_TEST_DATABASE_HOST", "127.0.0.1");
    private static final String PORT = env("PARLEY_TEST_DATABASE_PORT", "5432");
    private static final String USER = env("PARLEY_TEST_DATABASE_USER", "postgres");
    private static final Duration LEFT_OVER = Duration.ofHours(6);
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
        String name = "parley_it_" + Instant.now().getEpochSecond() + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        try (Connection admin = admin()) {
            dropLeftovers(admin);
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

    /**
     * Drops the databases earlier test runs left, once they are hours old. Not dropped at JVM exit: the application
     * contexts of the tests close in shutdown hooks too, and would lose their database under them. A database still
     * in use by a concurrent run refuses the drop and is left alone.
     */
    private static void dropLeftovers(Connection admin) throws SQLException {
        var names = new java.util.ArrayList<String>();
        try (var rows = admin.createStatement().executeQuery(
                "SELECT datname FROM pg_database WHERE datname LIKE 'parley\\_it\\_%'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        for (String old : names) {
            if (!leftOver(old)) {
                continue;
            }
            try {
                admin.createStatement().execute("DROP DATABASE IF EXISTS " + old);
            } catch (SQLException inUse) {
                // another test run is using it
            }
        }
    }

    /**
     * A database made more than {@link #LEFT_OVER} ago, or one named without its time (made by an older version of
     * this class). A younger one may belong to a run that has created it and not connected yet: dropping it would
     * fail that run, since a database nobody is connected to drops without complaint.
     */
    private static boolean leftOver(String name) {
        String[] parts = name.substring("parley_it_".length()).split("_");
        if (parts.length != 2) {
            return true;
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(parts[0])).isBefore(Instant.now().minus(LEFT_OVER));
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/postgres", USER, "");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
