package io.parley.shared.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.mock.env.MockEnvironment;

/** Which database Parley picks from its configuration; none of these tests opens a connection. */
class DatabaseAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DatabaseAutoConfiguration.class, DataSourceAutoConfiguration.class));

    @Test
    void poolsConnectionsToTheExternalDatabaseWhenAUrlIsGiven() {
        runner.withPropertyValues("parley.database.url=jdbc:postgresql://db.example:5432/parley",
                "parley.database.user=parley", "parley.database.password=s3cret", "parley.database.pool-size=4")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(EmbeddedPostgres.class);
                    var pool = context.getBean(HikariDataSource.class);
                    assertThat(pool.getJdbcUrl()).isEqualTo("jdbc:postgresql://db.example:5432/parley");
                    assertThat(pool.getUsername()).isEqualTo("parley");
                    assertThat(pool.getPassword()).isEqualTo("s3cret");
                    assertThat(pool.getMaximumPoolSize()).isEqualTo(4);
                });
    }

    @Test
    void runsTheMigrationsAsTheMigrationUserAndEverythingElseAsTheUser() {
        runner.withPropertyValues("parley.database.url=jdbc:postgresql://db.example:5432/parley",
                "parley.database.user=parley_app", "parley.database.password=app",
                "parley.database.migration-user=parley_owner", "parley.database.migration-password=owner")
                .run(context -> {
                    assertThat(context.getBean(HikariDataSource.class).getUsername()).isEqualTo("parley_app");
                    var flyway = new org.flywaydb.core.api.configuration.FluentConfiguration();
                    context.getBean(org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer.class)
                            .customize(flyway);
                    assertThat(flyway.getDataSource()).isInstanceOfSatisfying(
                            org.flywaydb.core.internal.jdbc.DriverDataSource.class, migrations -> {
                                assertThat(migrations.getUser()).isEqualTo("parley_owner");
                                assertThat(migrations.getPassword()).isEqualTo("owner");
                                assertThat(migrations.getUrl()).isEqualTo("jdbc:postgresql://db.example:5432/parley");
                            });
                });
    }

    @Test
    void leavesTheDataSourceToSpringBootWhenOnlySpringsUrlIsGiven() {
        runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://other.example/parley")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(EmbeddedPostgres.class);
                    assertThat(context.getBean(DataSource.class)).isInstanceOfSatisfying(HikariDataSource.class,
                            pool -> assertThat(pool.getJdbcUrl()).isEqualTo("jdbc:postgresql://other.example/parley"));
                });
    }

    @Test
    void choosesTheEmbeddedDatabaseWhenTheUrlIsMissingOrBlank() {
        var embedded = new DatabaseChoice.Embedded();
        var external = new DatabaseChoice.External();

        assertThat(embedded.getMatchOutcome(conditions(Map.of()), null).isMatch()).isTrue();
        assertThat(embedded.getMatchOutcome(conditions(Map.of("parley.database.url", " ")), null).isMatch()).isTrue();
        assertThat(external.getMatchOutcome(conditions(Map.of("parley.database.url", " ")), null).isMatch()).isFalse();
        assertThat(embedded.getMatchOutcome(conditions(Map.of("parley.database.url", "jdbc:postgresql://db/p")), null)
                .isMatch()).isFalse();
    }

    @Test
    void bindsTheEnvironmentVariablesAndDefaults() {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("env", Map.of(
                "PARLEY_DATABASE_URL", "jdbc:postgresql://db.example/parley?password=hunter2&ssl=true",
                "PARLEY_DATABASE_USER", "parley",
                "PARLEY_DATABASE_PASSWORD", "s3cret")));

        var properties = new Binder(ConfigurationPropertySources.get(environment))
                .bindOrCreate("parley.database", DatabaseProperties.class);

        assertThat(properties.url()).isEqualTo("jdbc:postgresql://db.example/parley?password=hunter2&ssl=true");
        assertThat(properties.user()).isEqualTo("parley");
        assertThat(properties.password()).isEqualTo("s3cret");
        assertThat(properties.dataDir().normalize()).isEqualTo(Path.of("data"));
        assertThat(properties.embeddedPort()).isZero();
        assertThat(properties.poolSize()).isEqualTo(10);
        assertThat(properties.embeddedDataDirectory()).isEqualTo(Path.of("data", "postgres").toAbsolutePath());
        assertThat(properties.toString()).doesNotContain("s3cret").doesNotContain("hunter2");
    }

    /** Only the environment: all the two conditions read. */
    private static ConditionContext conditions(Map<String, String> properties) {
        var environment = new MockEnvironment();
        properties.forEach(environment::setProperty);
        return new ConditionContext() {
            @Override
            public BeanDefinitionRegistry getRegistry() {
                throw new UnsupportedOperationException();
            }

            @Override
            public @Nullable ConfigurableListableBeanFactory getBeanFactory() {
                return null;
            }

            @Override
            public Environment getEnvironment() {
                return environment;
            }

            @Override
            public ResourceLoader getResourceLoader() {
                throw new UnsupportedOperationException();
            }

            @Override
            public ClassLoader getClassLoader() {
                return DatabaseAutoConfigurationTests.class.getClassLoader();
            }
        };
    }
}
