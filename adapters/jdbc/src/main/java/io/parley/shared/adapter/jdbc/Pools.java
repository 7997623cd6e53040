package io.parley.shared.adapter.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The connection pool. A request waits at most {@code acquire-timeout} for a connection (HikariCP's 30 s default
 * kept clients waiting through an outage); a pooled connection that idled is checked before use within half of that,
 * and a new one must connect within it too, so that an unreachable server fails requests quickly instead of holding
 * them. Each statement runs for at most {@code query-timeout} ({@code statement_timeout}; its request is then answered
 * with {@code store.unavailable}, instead of waiting on a locked row or a struggling server). Migrations get
 * connections without these timeouts ({@link MigrationConnections}).
 */
final class Pools {

    private Pools() {}

    static HikariDataSource hikari(@Nullable String url, @Nullable String user, @Nullable String password,
                                   DatabaseProperties properties) {
        var pool = new HikariDataSource();
        pool.setPoolName("parley");
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setMaximumPoolSize(properties.poolSize());
        long acquire = properties.acquireTimeout().toMillis();
        pool.setConnectionTimeout(acquire);
        pool.setValidationTimeout(Math.max(250, acquire / 2));
        pool.addDataSourceProperty("connectTimeout", Long.toString(seconds(properties.acquireTimeout())));
        // every statement on a pooled connection has a deadline, kept by the server itself (statement_timeout: no
        // timer task and cancel request per statement in Parley, which cost a contended lock on the driver's one
        // timer thread for every statement); one that hears nothing at all (a frozen server, a network dropping
        // packets) ends a little later, with its connection
        pool.setConnectionInitSql("SET statement_timeout = " + properties.queryTimeout().toMillis());
        pool.addDataSourceProperty("socketTimeout", Long.toString(seconds(properties.queryTimeout()) + 5));
        pool.addDataSourceProperty("tcpKeepAlive", "true");
        return pool;
    }

    /** Whole seconds, at least one: the driver's timeouts are in seconds, and 0 would mean none. */
    static long seconds(Duration duration) {
        return Math.max(1, (duration.toMillis() + 999) / 1000);
    }
}
