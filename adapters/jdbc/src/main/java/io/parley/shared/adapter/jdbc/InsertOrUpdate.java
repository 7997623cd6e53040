package io.parley.shared.adapter.jdbc;

import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.data.repository.CrudRepository;

/**
 * Saves a row whose id the domain chose. Spring Data takes a row with an id for an existing one and would update
 * nothing; this asks first. Two racing inserts of the same id end in a unique-key violation, not in two rows.
 */
public final class InsertOrUpdate {

    private InsertOrUpdate() {}

    public static <T, I> T save(CrudRepository<T, I> rows, JdbcAggregateOperations aggregates, I id, T row) {
        return rows.existsById(id) ? aggregates.update(row) : aggregates.insert(row);
    }
}
