package io.parley.shared.adapter.jdbc;

import io.parley.shared.DomainException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/**
 * Turns the violation of a named unique key into the domain's refusal for it. Keys are told apart by constraint (or
 * unique index) name, which PostgreSQL reports with the error; any other failure passes through untouched.
 *
 * <p>PostgreSQL aborts the surrounding transaction on such a violation, so a caller can report the refusal but cannot
 * go on writing in the same transaction.
 */
public final class UniqueKeys {

    private UniqueKeys() {}

    public static <T> T guard(Supplier<T> write, Map<String, Supplier<DomainException>> refusals) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            var refusal = violatedKey(e).map(refusals::get);
            if (refusal.isPresent()) {
                var domain = refusal.get().get();
                domain.initCause(e);
                throw domain;
            }
            throw e;
        }
    }

    /** The name of the unique key whose violation caused this failure, however deeply Spring wrapped it. */
    public static Optional<String> violatedKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException psql && PSQLState.UNIQUE_VIOLATION.getState().equals(psql.getSQLState())
                    && psql.getServerErrorMessage() != null) {
                return Optional.ofNullable(psql.getServerErrorMessage().getConstraint());
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }
}
