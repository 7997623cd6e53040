package io.parley.planted.model;

import java.sql.Connection;

public class JdbcInDomain {

    public boolean closed(Connection connection) throws Exception {
        return connection.isClosed();
    }
}
