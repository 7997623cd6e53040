package io.parley.shared.adapter.jdbc;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which PostgreSQL Parley uses.
 *
 * @param url          JDBC URL of an external PostgreSQL 15+ ({@code PARLEY_DATABASE_URL}); unset means embedded
 * @param user         user for {@code url} ({@code PARLEY_DATABASE_USER})
 * @param password     password for {@code url} ({@code PARLEY_DATABASE_PASSWORD})
 * @param migrationUser     user the migrations run as on {@code url}, the owner of the schema
 *                          ({@code PARLEY_DATABASE_MIGRATION_USER}); unset means {@code user}
 * @param migrationPassword password for {@code migrationUser} ({@code PARLEY_DATABASE_MIGRATION_PASSWORD})
 * @param dataDir      where Parley keeps its files; the embedded cluster lives in {@code <dataDir>/postgres}
 * @param embeddedPort port of the embedded PostgreSQL on the loopback interface; 0 picks a free one
 * @param poolSize     most connections the pool opens
 * @param acquireTimeout how long a request waits for a connection from the pool before it gives up with
 *                       {@code store.unavailable}
 * @param queryTimeout   how long one statement may run before it is cancelled
 * @param healthTimeout  how long the health check of the database may take before it reports it down; it uses a
 *                       connection of its own, never one a request waits for
 */
@ConfigurationProperties("parley.database")
public record DatabaseProperties(@Nullable String url, @Nullable String user, @Nullable String password,
                                 @Nullable String migrationUser, @Nullable String migrationPassword,
                                 @DefaultValue("./data") Path dataDir, @DefaultValue("0") int embeddedPort,
                                 @DefaultValue("10") int poolSize,
                                 @DefaultValue("2s") Duration acquireTimeout,
                                 @DefaultValue("5s") Duration queryTimeout,
                                 @DefaultValue("2s") Duration healthTimeout) {

    public DatabaseProperties {
        if (embeddedPort < 0 || embeddedPort > 65535) {
            throw new IllegalArgumentException(
                    "parley.database.embedded-port must be between 0 (pick a free port) and 65535, was " + embeddedPort);
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("parley.database.pool-size must be at least 1, was " + poolSize);
        }
        // HikariCP refuses a connection timeout below 250 ms
        atLeast("acquire-timeout", acquireTimeout, Duration.ofMillis(250));
        atLeast("query-timeout", queryTimeout, Duration.ofSeconds(1));
        atLeast("health-timeout", healthTimeout, Duration.ofMillis(250));
    }

    private static void atLeast(String property, Duration value, Duration least) {
        if (value.compareTo(least) < 0) {
            throw new IllegalArgumentException("parley.database." + property + " must be at least " + least.toMillis()
                    + " ms, was " + value.toMillis() + " ms");
        }
    }

    /** Where the embedded cluster's files are. */
    Path embeddedDataDirectory() {
        return dataDir.resolve("postgres").toAbsolutePath().normalize();
    }

    /** The URL with any password parameter masked, fit for a log line. */
    String urlForLog() {
        return url == null ? "" : url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    // records print every component; the password must never reach a log
    @Override
    public String toString() {
        return "DatabaseProperties[url=" + urlForLog() + ", user=" + user + ", password=" + (password == null ? "" : "***")
                + ", migrationUser=" + migrationUser + ", migrationPassword=" + (migrationPassword == null ? "" : "***")
                + ", dataDir=" + dataDir + ", embeddedPort=" + embeddedPort + ", poolSize=" + poolSize
                + ", acquireTimeout=" + acquireTimeout + ", queryTimeout=" + queryTimeout + ", healthTimeout="
                + healthTimeout + "]";
    }
}
