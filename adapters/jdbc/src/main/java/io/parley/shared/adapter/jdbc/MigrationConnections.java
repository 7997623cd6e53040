package io.parley.shared.adapter.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Migrations connect on their own, without the pool's socket timeout: creating an index on a large table may keep a
 * statement silent for minutes, which a request must never be.
 */
@Component
@Order(0) // before the customizers that connect the migrations as the schema's owner (migration-user, embedded roles)
class MigrationConnections implements FlywayConfigurationCustomizer {

    private final DataSource pool;

    MigrationConnections(DataSource pool) {
        this.pool = pool;
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        if (pool instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
            configuration.dataSource(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
        }
    }
}
