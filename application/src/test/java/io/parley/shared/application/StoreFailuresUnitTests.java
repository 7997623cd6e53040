package io.parley.shared.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class StoreFailuresUnitTests {

    @Test
    void aDatabaseThatCannotBeReachedOrAnsweredInTimeIsUnavailable() {
        var poolTimeout = new SQLTransientConnectionException("parley - Connection is not available, request timed out");
        assertThat(StoreFailures.unavailable(new CannotGetJdbcConnectionException("no connection", poolTimeout)))
                .isTrue();
        assertThat(StoreFailures.unavailable(new CannotCreateTransactionException("no transaction", poolTimeout)))
                .isTrue();
        assertThat(StoreFailures.unavailable(new UncategorizedSQLException("insert", "INSERT",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
        assertThat(StoreFailures.unavailable(new UncategorizedSQLException("select", "SELECT",
                new SQLException("ERROR: canceling statement due to user request", "57014")))).isTrue();
        assertThat(StoreFailures.unavailable(new TransactionSystemException("could not roll back"))).isTrue();
    }

    @Test
    void aRefusalByAWorkingDatabaseIsNotUnavailability() {
        assertThat(StoreFailures.unavailable(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(StoreFailures.unavailable(new IllegalStateException("a bug"))).isFalse();
    }

    @Test
    void theRefusalIsRetryableAndSaysSo() {
        var refusal = StoreFailures.unavailable();
        assertThat(refusal.code()).isEqualTo("store.unavailable");
        assertThat(refusal.kind()).isEqualTo(io.parley.shared.DomainException.Kind.UNAVAILABLE);
    }
}
