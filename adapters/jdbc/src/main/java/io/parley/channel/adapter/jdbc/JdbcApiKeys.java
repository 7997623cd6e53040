package io.parley.channel.adapter.jdbc;

import io.parley.channel.ApiKeyId;
import io.parley.channel.model.ApiKey;
import io.parley.channel.port.ApiKeys;
import io.parley.shared.InboxId;
import io.parley.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
@SecondaryAdapter
class JdbcApiKeys implements ApiKeys {

    private static final String COLUMNS = "id, workspace_id, inbox_id, name, prefix, secret_hash, created_at, "
            + "rotated_at, last_used_at, revoked_at";

    private final JdbcClient jdbc;

    JdbcApiKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ApiKey> findByInbox(WorkspaceId workspace, InboxId inbox) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM inbox_api_key WHERE workspace_id = :workspace"
                        + " AND inbox_id = :inbox ORDER BY created_at, id")
                .param("workspace", workspace.value()).param("inbox", inbox.value())
                .query(JdbcApiKeys::key).list();
    }

    @Override
    public Optional<ApiKey> findById(WorkspaceId workspace, InboxId inbox, ApiKeyId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM inbox_api_key WHERE id = :id AND workspace_id = :workspace"
                        + " AND inbox_id = :inbox")
                .param("id", id.value()).param("workspace", workspace.value()).param("inbox", inbox.value())
                .query(JdbcApiKeys::key).optional();
    }

    @Override
    public Optional<ApiKey> findBySecretHash(String secretHash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM inbox_api_key WHERE secret_hash = :hash")
                .param("hash", secretHash).query(JdbcApiKeys::key).optional();
    }

    @Override
    public void save(ApiKey key) {
        jdbc.sql("""
                INSERT INTO inbox_api_key (id, workspace_id, inbox_id, name, prefix, secret_hash, created_at,
                    rotated_at, last_used_at, revoked_at)
                VALUES (:id, :workspace, :inbox, :name, :prefix, :hash, :createdAt, :rotatedAt, :lastUsedAt,
                    :revokedAt)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, prefix = excluded.prefix,
                    secret_hash = excluded.secret_hash, rotated_at = excluded.rotated_at,
                    revoked_at = excluded.revoked_at
                """)
                .param("id", key.getId().value()).param("workspace", key.workspaceId().value())
                .param("inbox", key.inboxId().value()).param("name", key.name()).param("prefix", key.prefix())
                .param("hash", key.secretHash()).param("createdAt", time(key.createdAt()))
                .param("rotatedAt", time(key.rotatedAt())).param("lastUsedAt", time(key.lastUsedAt()))
                .param("revokedAt", time(key.revokedAt()))
                .update();
    }

    @Override
    public void touch(ApiKeyId id, Instant now) {
        jdbc.sql("UPDATE inbox_api_key SET last_used_at = :now WHERE id = :id"
                        + " AND (last_used_at IS NULL OR last_used_at < :since)")
                .param("id", id.value()).param("now", time(now)).param("since", time(now.minusSeconds(60)))
                .update();
    }

    private static ApiKey key(ResultSet rs, int row) throws SQLException {
        return new ApiKey(new ApiKeyId(rs.getObject("id", UUID.class)),
                new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                new InboxId(rs.getObject("inbox_id", UUID.class)), rs.getString("name"), rs.getString("prefix"),
                rs.getString("secret_hash"), instant(rs, "created_at"), instant(rs, "rotated_at"),
                instant(rs, "last_used_at"), instant(rs, "revoked_at"));
    }

    private static @Nullable OffsetDateTime time(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
