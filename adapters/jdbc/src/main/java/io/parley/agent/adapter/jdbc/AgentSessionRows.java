package io.parley.agent.adapter.jdbc;

import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface AgentSessionRows extends CrudRepository<AgentSessionRow, String> {

    @Modifying
    @Query("DELETE FROM agent_session WHERE agent_id = :agentId")
    int deleteByAgent(UUID agentId);
}
