package io.parley.visitor.adapter.jdbc;

import io.parley.shared.InboxId;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import io.parley.visitor.model.ExternalUserId;
import io.parley.visitor.port.ChannelContactStore;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
@SecondaryAdapter
class JdbcChannelContactStore implements ChannelContactStore {

    private final JdbcClient jdbc;

    JdbcChannelContactStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<VisitorId> find(WorkspaceId workspace, InboxId inbox, ExternalUserId externalId) {
        return jdbc.sql("SELECT visitor_id FROM visitor_channel_contact WHERE workspace_id = :workspace"
                        + " AND inbox_id = :inbox AND external_id = :external")
                .param("workspace", workspace.value()).param("inbox", inbox.value())
                .param("external", externalId.value())
                .query((rs, row) -> new VisitorId(rs.getObject("visitor_id", UUID.class))).optional();
    }

    @Override
    public Optional<ExternalUserId> externalIdOf(WorkspaceId workspace, InboxId inbox, VisitorId visitor) {
        return jdbc.sql("SELECT external_id FROM visitor_channel_contact WHERE workspace_id = :workspace"
                        + " AND inbox_id = :inbox AND visitor_id = :visitor")
                .param("workspace", workspace.value()).param("inbox", inbox.value())
                .param("visitor", visitor.value())
                .query((rs, row) -> new ExternalUserId(rs.getString("external_id"))).optional();
    }

    @Override
    public VisitorId bind(WorkspaceId workspace, InboxId inbox, ExternalUserId externalId, VisitorId visitor,
                          Instant now) {
        jdbc.sql("""
                INSERT INTO visitor_channel_contact (workspace_id, inbox_id, external_id, visitor_id, created_at)
                VALUES (:workspace, :inbox, :external, :visitor, :now)
                ON CONFLICT (inbox_id, external_id) DO NOTHING
                """)
                .param("workspace", workspace.value()).param("inbox", inbox.value())
                .param("external", externalId.value()).param("visitor", visitor.value())
                .param("now", now.atOffset(ZoneOffset.UTC)).update();
        return find(workspace, inbox, externalId).orElseThrow();
    }
}
