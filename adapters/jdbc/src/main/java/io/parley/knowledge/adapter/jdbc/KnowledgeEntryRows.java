package io.parley.knowledge.adapter.jdbc;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.CrudRepository;

interface KnowledgeEntryRows extends CrudRepository<KnowledgeEntryRow, UUID> {

    Optional<KnowledgeEntryRow> findByIdAndWorkspaceId(UUID id, UUID workspaceId);

    List<KnowledgeEntryRow> findByWorkspaceIdOrderByCreatedAtAscIdAsc(UUID workspaceId);
}
