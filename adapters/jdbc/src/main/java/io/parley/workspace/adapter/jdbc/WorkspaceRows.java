package io.parley.workspace.adapter.jdbc;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface WorkspaceRows extends CrudRepository<WorkspaceRow, UUID> {

    @Query("SELECT * FROM workspace ORDER BY created_at, id LIMIT 1")
    Optional<WorkspaceRow> findOldest();
}
