package io.parley.shared.adapter.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.DependsOn;

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

    @Bean(destroyMethod = "close")
    @DependsOn("embeddedPostgres")
    HikariDataSource dataSource(EmbeddedPostgres postgres, DatabaseProperties properties) {
        return Pools.hikari(postgres.getJdbcUrl(EmbeddedPostgresStarter.USER, EmbeddedPostgresStarter.DATABASE),
                EmbeddedPostgresStarter.USER, null, properties);
    }
}
