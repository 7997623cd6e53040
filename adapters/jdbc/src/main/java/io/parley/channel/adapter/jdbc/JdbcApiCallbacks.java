package io.parley.channel.adapter.jdbc;

import io.parley.channel.model.ApiCallback;
import io.parley.channel.port.ApiCallbacks;
import io.parley.shared.InboxId;
import io.parley.shared.WebhookSecret;
import io.parley.shared.WorkspaceId;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
@SecondaryAdapter
class JdbcApiCallbacks implements ApiCallbacks {

    private final JdbcClient jdbc;

    JdbcApiCallbacks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ApiCallback> find(WorkspaceId workspace, InboxId inbox) {
        return jdbc.sql("SELECT inbox_id, workspace_id, url, secret, created_at, updated_at FROM api_callback"
                        + " WHERE workspace_id = :workspace AND inbox_id = :inbox")
                .param("workspace", workspace.value()).param("inbox", inbox.value())
                .query((rs, row) -> new ApiCallback(new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                        new InboxId(rs.getObject("inbox_id", UUID.class)), rs.getString("url"),
                        new WebhookSecret(rs.getString("secret")),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    @Override
    public void save(ApiCallback callback) {
        jdbc.sql("""
                INSERT INTO api_callback (inbox_id, workspace_id, url, secret, created_at, updated_at)
                VALUES (:inbox, :workspace, :url, :secret, :created, :updated)
                ON CONFLICT (inbox_id) DO UPDATE SET url = EXCLUDED.url, secret = EXCLUDED.secret,
                    updated_at = EXCLUDED.updated_at
                """)
                .param("inbox", callback.inbox().value()).param("workspace", callback.workspace().value())
                .param("url", callback.url()).param("secret", callback.secret().value())
                .param("created", callback.createdAt().atOffset(ZoneOffset.UTC))
                .param("updated", callback.updatedAt().atOffset(ZoneOffset.UTC)).update();
    }

    @Override
    public boolean delete(WorkspaceId workspace, InboxId inbox) {
        return jdbc.sql("DELETE FROM api_callback WHERE workspace_id = :workspace AND inbox_id = :inbox")
                .param("workspace", workspace.value()).param("inbox", inbox.value()).update() > 0;
    }
}
