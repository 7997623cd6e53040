package io.parley.shared.adapter.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

@Conditional(DatabaseChoice.External.class)
class ExternalDatabaseConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(ExternalDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseProperties properties) {
        LOG.info("Using the external PostgreSQL at {} as user {}", properties.urlForLog(), properties.user());
        return Pools.hikari(properties.url(), properties.user(), properties.password(), properties);
    }
}
