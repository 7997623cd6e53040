package io.parley.shared.adapter.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.DependsOn;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The embedded PostgreSQL, for a Parley started without a database URL. Spring, not a JVM shutdown hook, stops it, and
 * only after the pool and everything using the pool (the event publication registry among them) have closed:
 * stopped earlier, their last writes would fail and shutdown would hang on connection timeouts.
 */
@Conditional(DatabaseChoice.Embedded.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(DatabaseProperties properties) throws IOException {
        return EmbeddedPostgresStarter.start(properties.embeddedDataDirectory(), properties.embeddedPort());
    }

    /** Closed after the pool (which depends on it), before the first server's own bean. */
    @Bean(destroyMethod = "close")
    EmbeddedPostgresSupervisor embeddedPostgresSupervisor(EmbeddedPostgres postgres, DatabaseProperties properties) {
        return new EmbeddedPostgresSupervisor(postgres, properties.embeddedDataDirectory());
    }

    @Bean
    EmbeddedPasswords embeddedPasswords(EmbeddedPostgres postgres, DatabaseProperties properties) throws IOException {
        return EmbeddedPostgresStarter.passwords(properties.embeddedDataDirectory());
    }

    /** Parley's connections: the runtime role, which reads and writes rows and owns nothing. */
    @Bean(destroyMethod = "close")
    @DependsOn({"embeddedPostgres", "embeddedPostgresSupervisor"})
    HikariDataSource dataSource(EmbeddedPostgres postgres, EmbeddedPasswords passwords, DatabaseProperties properties) {
        return Pools.hikari(postgres.getJdbcUrl(EmbeddedRoles.RUNTIME, EmbeddedPostgresStarter.DATABASE),
                EmbeddedRoles.RUNTIME, passwords.runtime(), properties);
    }

    /** The migrations run as the owner role, so that the tables they create belong to it. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE) // after MigrationConnections, which would connect them as the pool's user
    FlywayConfigurationCustomizer migrateAsOwner(EmbeddedPostgres postgres, EmbeddedPasswords passwords) {
        String url = postgres.getJdbcUrl(EmbeddedRoles.OWNER, EmbeddedPostgresStarter.DATABASE);
        return configuration -> configuration.dataSource(url, EmbeddedRoles.OWNER, passwords.owner());
    }
}
