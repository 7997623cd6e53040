package io.parley.agent.adapter.jdbc;

import io.parley.agent.CannedReplyId;
import io.parley.agent.CannedReplyScope;
import io.parley.agent.model.CannedReply;
import io.parley.agent.model.Shortcut;
import io.parley.agent.port.CannedReplies;
import io.parley.shared.AgentId;
import io.parley.shared.DomainException;
import io.parley.shared.WorkspaceId;
import io.parley.shared.adapter.jdbc.UniqueKeys;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
@SecondaryAdapter
class JdbcCannedReplies implements CannedReplies {

    private static final String COLUMNS = "id, workspace_id, scope, owner_id, shortcut, text, created_at, updated_at";

    private final JdbcClient jdbc;

    JdbcCannedReplies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CannedReply> findById(WorkspaceId workspace, CannedReplyId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM canned_reply WHERE id = :id AND workspace_id = :workspace")
                .param("id", id.value()).param("workspace", workspace.value())
                .query(JdbcCannedReplies::reply).optional();
    }

    @Override
    public List<CannedReply> findVisibleTo(WorkspaceId workspace, AgentId agent) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM canned_reply
                WHERE workspace_id = :workspace AND (scope = 'SHARED' OR owner_id = :agent)
                ORDER BY scope DESC, shortcut
                """)
                .param("workspace", workspace.value()).param("agent", agent.value())
                .query(JdbcCannedReplies::reply).list();
    }

    @Override
    public int countAlike(CannedReply reply) {
        return jdbc.sql("""
                SELECT count(*) FROM canned_reply
                WHERE workspace_id = :workspace AND scope = :scope AND owner_id IS NOT DISTINCT FROM CAST(:owner AS uuid)
                """)
                .param("workspace", reply.workspaceId().value()).param("scope", reply.scope().name())
                .param("owner", owner(reply), Types.OTHER).query(Integer.class).single();
    }

    @Override
    public CannedReply save(CannedReply reply) {
        Supplier<DomainException> taken = () -> DomainException.conflict("canned.shortcut-taken",
                "there is a " + reply.scope().name().toLowerCase() + " canned reply with the shortcut /"
                        + reply.shortcut().value() + " already; choose another shortcut or change that reply");
        UniqueKeys.guard(() -> jdbc.sql("""
                INSERT INTO canned_reply (id, workspace_id, scope, owner_id, shortcut, text, created_at, updated_at)
                VALUES (:id, :workspace, :scope, CAST(:owner AS uuid), :shortcut, :text, :createdAt, :updatedAt)
                ON CONFLICT (id) DO UPDATE SET shortcut = excluded.shortcut, text = excluded.text,
                    updated_at = excluded.updated_at
                """)
                .param("id", reply.getId().value()).param("workspace", reply.workspaceId().value())
                .param("scope", reply.scope().name()).param("owner", owner(reply), Types.OTHER)
                .param("shortcut", reply.shortcut().value()).param("text", reply.text())
                .param("createdAt", reply.createdAt().atOffset(ZoneOffset.UTC))
                .param("updatedAt", reply.updatedAt().atOffset(ZoneOffset.UTC)).update(),
                Map.of("canned_reply_shared_shortcut_key", taken, "canned_reply_personal_shortcut_key", taken));
        return reply;
    }

    @Override
    public void delete(WorkspaceId workspace, CannedReplyId id) {
        jdbc.sql("DELETE FROM canned_reply WHERE id = :id AND workspace_id = :workspace")
                .param("id", id.value()).param("workspace", workspace.value()).update();
    }

    private static @Nullable UUID owner(CannedReply reply) {
        return reply.owner() == null ? null : reply.owner().value();
    }

    private static CannedReply reply(ResultSet rs, int row) throws SQLException {
        UUID owner = rs.getObject("owner_id", UUID.class);
        return new CannedReply(new CannedReplyId(rs.getObject("id", UUID.class)),
                new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                CannedReplyScope.valueOf(rs.getString("scope")), owner == null ? null : new AgentId(owner),
                new Shortcut(rs.getString("shortcut")), rs.getString("text"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
