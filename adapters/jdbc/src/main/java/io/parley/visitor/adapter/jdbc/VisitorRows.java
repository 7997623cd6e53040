package io.parley.visitor.adapter.jdbc;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.CrudRepository;

interface VisitorRows extends CrudRepository<VisitorRow, UUID> {

    Optional<VisitorRow> findByIdAndWorkspaceId(UUID id, UUID workspaceId);
}
