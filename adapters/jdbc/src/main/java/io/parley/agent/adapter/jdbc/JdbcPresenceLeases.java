package io.parley.agent.adapter.jdbc;

import io.parley.agent.PresenceStatus;
import io.parley.agent.model.NodeId;
import io.parley.agent.model.PresenceRecord;
import io.parley.agent.port.PresenceLeases;
import io.parley.shared.AgentId;
import io.parley.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Leases in the agent_presence table; every expiry is computed and compared with the database's own now(). */
@Component
@SecondaryAdapter
class JdbcPresenceLeases implements PresenceLeases {

    private static final String COLUMNS = "agent_id, workspace_id, status, changed_at";

    private final JdbcClient jdbc;

    JdbcPresenceLeases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void hold(NodeId node, PresenceRecord record, Duration lease) {
        jdbc.sql("""
                INSERT INTO agent_presence (node_id, agent_id, workspace_id, status, changed_at, expires_at)
                VALUES (:node, :agent, :workspace, :status, :changedAt, now() + make_interval(secs => :lease))
                ON CONFLICT (agent_id, node_id) DO UPDATE SET status = excluded.status,
                    changed_at = excluded.changed_at, expires_at = excluded.expires_at""")
                .param("node", node.value()).param("agent", record.agentId().value())
                .param("workspace", record.workspaceId().value()).param("status", record.status().name())
                .param("changedAt", record.changedAt().atOffset(ZoneOffset.UTC)).param("lease", seconds(lease))
                .update();
    }

    @Override
    public void release(NodeId node, AgentId agent) {
        jdbc.sql("DELETE FROM agent_presence WHERE node_id = :node AND agent_id = :agent")
                .param("node", node.value()).param("agent", agent.value()).update();
    }

    @Override
    public int renew(NodeId node, Duration lease) {
        return jdbc.sql("""
                UPDATE agent_presence SET expires_at = now() + make_interval(secs => :lease) WHERE node_id = :node""")
                .param("node", node.value()).param("lease", seconds(lease)).update();
    }

    @Override
    public void releaseAllBut(NodeId node, Collection<AgentId> kept) {
        if (kept.isEmpty()) {
            jdbc.sql("DELETE FROM agent_presence WHERE node_id = :node").param("node", node.value()).update();
            return;
        }
        jdbc.sql("DELETE FROM agent_presence WHERE node_id = :node AND agent_id NOT IN (:kept)")
                .param("node", node.value()).param("kept", kept.stream().map(AgentId::value).toList()).update();
    }

    @Override
    public List<PresenceRecord> heldByOthers(NodeId except) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM agent_presence WHERE expires_at > now() AND node_id <> :node")
                .param("node", except.value()).query((rs, row) -> record(rs)).list();
    }

    @Override
    public List<PresenceRecord> heldByOthers(NodeId except, WorkspaceId workspace) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM agent_presence"
                        + " WHERE workspace_id = :workspace AND expires_at > now() AND node_id <> :node")
                .param("workspace", workspace.value()).param("node", except.value())
                .query((rs, row) -> record(rs)).list();
    }

    @Override
    public int purgeExpired() {
        return jdbc.sql("DELETE FROM agent_presence WHERE expires_at <= now()").update();
    }

    private static double seconds(Duration lease) {
        return lease.toMillis() / 1000.0;
    }

    private static PresenceRecord record(ResultSet rs) throws SQLException {
        return new PresenceRecord(new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                new AgentId(rs.getObject("agent_id", UUID.class)), PresenceStatus.valueOf(rs.getString("status")),
                rs.getObject("changed_at", OffsetDateTime.class).toInstant());
    }
}
