package io.parley.agent.adapter.jdbc;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface AgentRows extends CrudRepository<AgentRow, UUID> {

    Optional<AgentRow> findByIdAndWorkspaceId(UUID id, UUID workspaceId);

    // lower(email) is what the unique index covers
    @Query("SELECT * FROM agent WHERE lower(email) = lower(:email)")
    Optional<AgentRow> findByEmailIgnoringCase(String email);

    List<AgentRow> findByWorkspaceIdOrderByCreatedAtAscIdAsc(UUID workspaceId);

    @Query("SELECT * FROM agent WHERE workspace_id = :workspaceId ORDER BY id FOR UPDATE")
    List<AgentRow> lockByWorkspaceId(UUID workspaceId);

    List<AgentRow> findByWorkspaceIdAndIdIn(UUID workspaceId, Collection<UUID> ids);
}
