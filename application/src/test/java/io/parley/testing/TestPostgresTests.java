package io.parley.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Concurrent runs of the suite on one PostgreSQL must not drop each other's databases. */
class TestPostgresTests {

    @Test
    void anotherRunsNewDatabaseNotYetConnectedToIsNotTakenForALeftover() throws SQLException {
        TestPostgres.url();
        Instant now = Instant.now();
        String justMade = TestPostgres.name(now.minusSeconds(30));
        try (Connection admin = admin()) {
            admin.createStatement().execute("CREATE DATABASE " + justMade);
            try {
                assertThat(TestPostgres.dropLeftovers(admin, now)).doesNotContain(justMade);
                assertThat(exists(admin, justMade)).isTrue();
            } finally {
                admin.createStatement().execute("DROP DATABASE IF EXISTS " + justMade);
            }
        }
    }

    @Test
    void anOldUnusedDatabaseIsDroppedButOneInUseIsNot() throws SQLException {
        Instant now = Instant.now();
        String old = TestPostgres.name(now.minus(TestPostgres.LEFTOVER_AGE).minus(Duration.ofMinutes(1)));
        String oldInUse = TestPostgres.name(now.minus(TestPostgres.LEFTOVER_AGE).minus(Duration.ofMinutes(1)));
        try (Connection admin = admin()) {
            admin.createStatement().execute("CREATE DATABASE " + old);
            admin.createStatement().execute("CREATE DATABASE " + oldInUse);
            try (Connection user = DriverManager.getConnection(url(oldInUse), TestPostgres.user(), "")) {
                assertThat(TestPostgres.dropLeftovers(admin, now)).contains(old).doesNotContain(oldInUse);
                assertThat(exists(admin, old)).isFalse();
                assertThat(exists(admin, oldInUse)).isTrue();
            } finally {
                admin.createStatement().execute("DROP DATABASE IF EXISTS " + old);
                admin.createStatement().execute("DROP DATABASE IF EXISTS " + oldInUse);
            }
        }
    }

    @Test
    void onlyItsOwnKindOfNameCounts() {
        Instant now = Instant.now();
        assertThat(TestPostgres.leftover("parley_it_0123456789ab", now)).as("named by an older version").isTrue();
        assertThat(TestPostgres.leftover(TestPostgres.name(now), now)).isFalse();
        assertThat(TestPostgres.leftover("parley_it_x", now)).isFalse();
        assertThat(TestPostgres.leftover("parley_bench_0123456789ab", now)).isFalse();
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection(url("postgres"), TestPostgres.user(), "");
    }

    private static String url(String database) {
        return "jdbc:postgresql://" + TestPostgres.host() + ":" + TestPostgres.port() + "/" + database;
    }

    private static boolean exists(Connection admin, String name) throws SQLException {
        try (var statement = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            statement.setString(1, name);
            try (var rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }
}
