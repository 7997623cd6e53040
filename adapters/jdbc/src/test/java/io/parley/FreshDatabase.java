package io.parley;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A database of its own for each test class on the local PostgreSQL, dropped afterwards. Without a reachable
 * PostgreSQL the class is skipped, or fails when {@code parley.require-services} is {@code true}.
 *
 * <p>Test classes run one after another, so the database of the running class can be a static.
 */
public final class FreshDatabase implements BeforeAllCallback, AfterAllCallback {

    static final String SERVER = System.getProperty("parley.test.postgres", "127.0.0.1:5432");
    static final String USER = "postgres";

    private static volatile String name = "";

    public static String url() {
        return "jdbc:postgresql://" + SERVER + "/" + name;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        name = "parley_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + name);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (!name.isEmpty()) {
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static void execute(String sql) {
        try (Connection admin = connect(); var statement = admin.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on PostgreSQL at " + SERVER, e);
        }
    }

    private static Connection connect() {
        try {
            return DriverManager.getConnection("jdbc:postgresql://" + SERVER + "/postgres", USER, null);
        } catch (SQLException e) {
            String missing = "PostgreSQL at " + SERVER + " (user " + USER + ", trust auth) is not reachable: "
                    + e.getMessage();
            if (Boolean.getBoolean("parley.require-services")) {
                throw new IllegalStateException(missing + " (required because parley.require-services=true)", e);
            }
            Assumptions.abort(missing);
            throw new AssertionError("unreachable");
        }
    }
}
