package io.parley.workspace.adapter.jdbc;

import io.parley.shared.WorkspaceId;
import io.parley.workspace.RefusedOriginView;
import io.parley.workspace.port.RefusedOriginLog;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
@SecondaryAdapter
class JdbcRefusedOriginLog implements RefusedOriginLog {

    private final JdbcClient jdbc;

    JdbcRefusedOriginLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(WorkspaceId workspace, String origin, Instant at, int keep) {
        jdbc.sql("""
                INSERT INTO refused_origin (workspace_id, origin, refusals, last_refused_at)
                VALUES (:workspace, :origin, 1, :at)
                ON CONFLICT (workspace_id, origin) DO UPDATE SET refusals = refused_origin.refusals + 1,
                    last_refused_at = GREATEST(refused_origin.last_refused_at, excluded.last_refused_at)
                """)
                .param("workspace", workspace.value()).param("origin", origin).param("at", Timestamp.from(at))
                .update();
        jdbc.sql("""
                DELETE FROM refused_origin WHERE workspace_id = :workspace AND origin NOT IN (
                    SELECT origin FROM refused_origin WHERE workspace_id = :workspace
                    ORDER BY last_refused_at DESC, origin LIMIT :keep)
                """)
                .param("workspace", workspace.value()).param("keep", keep).update();
    }

    @Override
    public List<RefusedOriginView> recent(WorkspaceId workspace, int limit) {
        return jdbc.sql("""
                SELECT origin, refusals, last_refused_at FROM refused_origin WHERE workspace_id = :workspace
                ORDER BY last_refused_at DESC, origin LIMIT :limit
                """)
                .param("workspace", workspace.value()).param("limit", limit)
                .query((rs, row) -> new RefusedOriginView(rs.getString("origin"), rs.getLong("refusals"),
                        rs.getTimestamp("last_refused_at").toInstant()))
                .list();
    }
}
