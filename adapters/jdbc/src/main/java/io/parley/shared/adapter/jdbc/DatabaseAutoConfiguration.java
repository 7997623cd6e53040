package io.parley.shared.adapter.jdbc;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Parley's {@link DataSource}: the external PostgreSQL named by {@code parley.database.url}, or else an embedded one.
 * Runs before Boot's own DataSource configuration, which therefore only acts when {@code spring.datasource.url} is
 * set and {@code parley.database.url} is not.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnMissingBean(DataSource.class)
@EnableConfigurationProperties(DatabaseProperties.class)
@Import({ExternalDatabaseConfiguration.class, EmbeddedDatabaseConfiguration.class})
public class DatabaseAutoConfiguration {
}
