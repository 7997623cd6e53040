package io.parley.knowledge.adapter.jdbc;

import io.parley.knowledge.IndexStatus;
import io.parley.knowledge.port.IndexRuns;
import io.parley.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** One row per workspace in {@code knowledge_index_run}, replaced when a run starts. */
@Component
@SecondaryAdapter
class JdbcIndexRuns implements IndexRuns {

    private static final int MAX_ERROR = 500;

    private final JdbcClient jdbc;

    JdbcIndexRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Run> find(WorkspaceId workspace) {
        return jdbc.sql("SELECT * FROM knowledge_index_run WHERE workspace_id = :workspace")
                .param("workspace", workspace.value()).query(JdbcIndexRuns::run).optional();
    }

    @Override
    public void start(WorkspaceId workspace, String models, Kind kind, int total, int done, Instant at) {
        jdbc.sql("""
                INSERT INTO knowledge_index_run (workspace_id, models, kind, state, total, done, failed, started_at)
                VALUES (:workspace, :models, :kind, 'INDEXING', :total, :done, 0, :at)
                ON CONFLICT (workspace_id) DO UPDATE SET models = EXCLUDED.models, kind = EXCLUDED.kind,
                    state = 'INDEXING', total = EXCLUDED.total, done = EXCLUDED.done, failed = 0,
                    started_at = EXCLUDED.started_at, finished_at = NULL, last_error = NULL""")
                .param("workspace", workspace.value()).param("models", models).param("kind", kind.name())
                .param("total", total).param("done", Math.min(done, total)).param("at", Timestamp.from(at)).update();
    }

    @Override
    public void advance(WorkspaceId workspace, int embedded, int failed, @Nullable String lastError) {
        jdbc.sql("""
                UPDATE knowledge_index_run SET done = least(total, done + :embedded), failed = :failed,
                    last_error = coalesce(:error, last_error)
                WHERE workspace_id = :workspace""")
                .param("workspace", workspace.value()).param("embedded", embedded).param("failed", failed)
                .param("error", clip(lastError)).update();
    }

    @Override
    public void finish(WorkspaceId workspace, Instant at) {
        jdbc.sql("""
                UPDATE knowledge_index_run SET state = 'COMPLETE', done = total, failed = 0, finished_at = :at
                WHERE workspace_id = :workspace""")
                .param("workspace", workspace.value()).param("at", Timestamp.from(at)).update();
    }

    @Override
    public void retrying(WorkspaceId workspace, int failed, String lastError) {
        jdbc.sql("""
                UPDATE knowledge_index_run SET state = 'RETRYING', failed = :failed, last_error = :error,
                    finished_at = NULL
                WHERE workspace_id = :workspace""")
                .param("workspace", workspace.value()).param("failed", failed).param("error", clip(lastError))
                .update();
    }

    private static @Nullable String clip(@Nullable String error) {
        return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }

    private static Run run(ResultSet rs, int row) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new Run(new WorkspaceId(rs.getObject("workspace_id", UUID.class)), rs.getString("models"),
                Kind.valueOf(rs.getString("kind")), IndexStatus.State.valueOf(rs.getString("state")),
                rs.getInt("total"), rs.getInt("done"), rs.getInt("failed"), rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant(), rs.getString("last_error"));
    }
}
