package io.parley.shared.adapter.jdbc;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which PostgreSQL Parley uses.
 *
 * @param url          JDBC URL of an external PostgreSQL 15+ ({@code PARLEY_DATABASE_URL}); unset means embedded
 * @param user         user for {@code url} ({@code PARLEY_DATABASE_USER})
 * @param password     password for {@code url} ({@code PARLEY_DATABASE_PASSWORD})
 * @param dataDir      where Parley keeps its files; the embedded cluster lives in {@code <dataDir>/postgres}
 * @param embeddedPort port of the embedded PostgreSQL on the loopback interface; 0 picks a free one
 * @param poolSize     most connections the pool opens
 */
@ConfigurationProperties("parley.database")
public record DatabaseProperties(@Nullable String url, @Nullable String user, @Nullable String password,
                                 @DefaultValue("./data") Path dataDir, @DefaultValue("0") int embeddedPort,
                                 @DefaultValue("10") int poolSize) {

    public DatabaseProperties {
        if (embeddedPort < 0 || embeddedPort > 65535) {
            throw new IllegalArgumentException(
                    "parley.database.embedded-port must be between 0 (pick a free port) and 65535, was " + embeddedPort);
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("parley.database.pool-size must be at least 1, was " + poolSize);
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
                + ", dataDir=" + dataDir + ", embeddedPort=" + embeddedPort + ", poolSize=" + poolSize + "]";
    }
}
