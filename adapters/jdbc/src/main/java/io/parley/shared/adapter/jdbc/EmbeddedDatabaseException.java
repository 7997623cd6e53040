package io.parley.shared.adapter.jdbc;

/**
 * The embedded PostgreSQL cannot start, for a reason its message states in one sentence a person can act on; start-up
 * reports it as such, without a stack trace ({@link EmbeddedDatabaseFailureAnalyzer}).
 */
public class EmbeddedDatabaseException extends IllegalStateException {

    public EmbeddedDatabaseException(String message) {
        super(message);
    }

    public EmbeddedDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
