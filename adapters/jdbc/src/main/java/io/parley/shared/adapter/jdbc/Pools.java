package io.parley.shared.adapter.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;

final class Pools {

    private Pools() {}

    static HikariDataSource hikari(@Nullable String url, @Nullable String user, @Nullable String password, int size) {
        var pool = new HikariDataSource();
        pool.setPoolName("parley");
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setMaximumPoolSize(size);
        return pool;
    }
}
