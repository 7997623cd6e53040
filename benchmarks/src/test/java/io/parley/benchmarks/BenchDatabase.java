package io.parley.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh database on the local PostgreSQL (PARLEY_TEST_DATABASE_HOST/PORT/USER, default 127.0.0.1:5432 as postgres).
 * Without a reachable server the test is skipped with a message, unless -Dparley.require-services=true.
 */
record BenchDatabase(String url, String user, String name, String adminUrl) {

    static BenchDatabase create() {
        String host = env("PARLEY_TEST_DATABASE_HOST", "127.0.0.1");
        String port = env("PARLEY_TEST_DATABASE_PORT", "5432");
        String user = env("PARLEY_TEST_DATABASE_USER", "postgres");
        String name = "parley_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String adminUrl = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        try (Connection admin = DriverManager.getConnection(adminUrl, user, "")) {
            admin.createStatement().execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            String message = "PostgreSQL is not reachable at " + host + ":" + port + " as " + user + " ("
                    + e.getMessage() + "); start it or set PARLEY_TEST_DATABASE_HOST/PORT/USER";
            if (Boolean.getBoolean("parley.require-services")) {
                throw new IllegalStateException(message, e);
            }
            Assumptions.abort(message);
        }
        return new BenchDatabase("jdbc:postgresql://" + host + ":" + port + "/" + name, user, name, adminUrl);
    }

    void drop() {
        try (Connection admin = DriverManager.getConnection(adminUrl, user, "")) {
            admin.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException ignored) {
            // a leftover benchmark database is harmless and named for what it is
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
