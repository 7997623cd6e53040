package io.parley.shared.adapter.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether PostgreSQL answers, within {@code parley.database.health-timeout}, on a connection of its own: a check that
 * borrowed from the request pool would wait behind the requests (30 s, once) while the pool is exhausted or the
 * server away, and the health endpoint would stop answering. Replaces Spring Boot's {@code db} indicator; it belongs to
 * the readiness group, so that a load balancer stops sending requests to a node that cannot reach its database and
 * sends them again once it can. One check runs at a time: probes that arrive meanwhile wait for its outcome.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator, DisposableBean {

    private final DataSource pool;
    private final Duration timeout;
    private @Nullable Connection own;
    private @Nullable CompletableFuture<Void> running;

    DatabaseHealth(DataSource pool, Environment environment) {
        this.pool = pool;
        this.timeout = Binder.get(environment).bindOrCreate("parley.database", DatabaseProperties.class)
                .healthTimeout();
    }

    @Override
    public Health health() {
        CompletableFuture<Void> check;
        synchronized (this) {
            if (running == null || running.isDone()) {
                running = CompletableFuture.runAsync(this::check, task -> Thread.ofVirtual()
                        .name("parley-db-health").start(task));
            }
            check = running;
        }
        try {
            check.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return Health.up().withDetail("database", "PostgreSQL").build();
        } catch (TimeoutException e) {
            return Health.down().withDetail("error", "no answer within " + timeout.toMillis() + " ms").build();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return Health.down().withDetail("error", cause.getClass().getName() + ": " + cause.getMessage()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.unknown().build();
        }
    }

    /** Runs one query on the check's own connection; a connection that failed is closed and made anew next time. */
    private void check() {
        try {
            Connection connection = connection();
            try (var statement = connection.createStatement()) {
                statement.setQueryTimeout(Math.toIntExact(Pools.seconds(timeout)));
                statement.execute("SELECT 1");
            } catch (SQLException e) {
                closeOwn();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private synchronized Connection connection() throws SQLException {
        if (own != null && !own.isClosed()) {
            return own;
        }
        if (!(pool instanceof HikariDataSource hikari)) {
            // another pool: its own timeout bounds the wait, this check's timeout the answer
            own = pool.getConnection();
            return own;
        }
        var properties = new Properties();
        if (hikari.getUsername() != null) {
            properties.setProperty("user", hikari.getUsername());
        }
        if (hikari.getPassword() != null) {
            properties.setProperty("password", hikari.getPassword());
        }
        String seconds = Long.toString(Pools.seconds(timeout));
        properties.setProperty("connectTimeout", seconds);
        properties.setProperty("loginTimeout", seconds);
        properties.setProperty("socketTimeout", seconds);
        properties.setProperty("ApplicationName", "parley health check");
        own = DriverManager.getConnection(hikari.getJdbcUrl(), properties);
        return own;
    }

    @Override
    public void destroy() {
        closeOwn();
    }

    private synchronized void closeOwn() {
        if (own != null) {
            try {
                own.close();
            } catch (SQLException ignored) {
                // it is being dropped because it failed
            }
            own = null;
        }
    }
}
