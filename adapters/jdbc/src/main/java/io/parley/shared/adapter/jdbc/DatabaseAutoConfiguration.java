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
 *
 * <p>The imported classes carry no {@code @Configuration}: the application's component scan covers this package and
 * would otherwise pick them up ahead of, and around, this class's conditions.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnMissingBean(DataSource.class)
@EnableConfigurationProperties(DatabaseProperties.class)
@Import({ExternalDatabaseConfiguration.class, EmbeddedDatabaseConfiguration.class})
public class DatabaseAutoConfiguration {
}
