package io.parley.shared.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.PostgresBacked;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** Every statement on the pool has the query timeout as its deadline, kept by the server. */
@TestPropertySource(properties = "parley.database.query-timeout=1s")
class StatementDeadlineTests extends PostgresBacked {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aStatementRunningPastTheQueryTimeoutIsCancelledAndThePoolGoesOn() {
        assertThat(jdbc.queryForObject("SHOW statement_timeout", String.class)).isEqualTo("1s");

        long started = System.nanoTime();
        assertThatThrownBy(() -> jdbc.queryForObject("SELECT pg_sleep(10)", String.class))
                .isInstanceOf(DataAccessException.class)
                .satisfies(failure -> assertThat(((DataAccessException) failure).getMostSpecificCause())
                        .isInstanceOfSatisfying(SQLException.class,
                                sql -> assertThat(sql.getSQLState()).as("query_canceled").isEqualTo("57014")));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));

        assertThat(jdbc.queryForObject("SELECT 1", Integer.class)).isEqualTo(1);
    }
}
