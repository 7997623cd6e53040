package io.parley.shared.adapter.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.util.StringUtils;

@Conditional(DatabaseChoice.External.class)
class ExternalDatabaseConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(ExternalDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseProperties properties) {
        LOG.info("Using the external PostgreSQL at {} as user {}", properties.urlForLog(), properties.user());
        return Pools.hikari(properties.url(), properties.user(), properties.password(), properties);
    }

    /** With a migration user, the migrations run as that owner of the schema and Parley's connections as {@code user}. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE) // after MigrationConnections, which would connect them as the pool's user
    FlywayConfigurationCustomizer migrateAsMigrationUser(DatabaseProperties properties) {
        String owner = properties.migrationUser();
        return configuration -> {
            if (StringUtils.hasText(owner)) {
                configuration.dataSource(properties.url(), owner, properties.migrationPassword());
            }
        };
    }
}
