package io.parley.webhook.adapter.jdbc;

import io.parley.shared.WorkspaceId;
import io.parley.shared.adapter.jdbc.ArrayLiterals;
import io.parley.webhook.WebhookEndpointId;
import io.parley.webhook.WebhookEventType;
import io.parley.webhook.model.WebhookEndpoint;
import io.parley.shared.WebhookSecret;
import io.parley.webhook.port.WebhookEndpoints;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
@SecondaryAdapter
class JdbcWebhookEndpoints implements WebhookEndpoints {

    private static final String COLUMNS = "id, workspace_id, url, description, events, secret, previous_secret, "
            + "previous_secret_expires_at, enabled, disabled_reason, disabled_at, created_at, updated_at";

    private final JdbcClient jdbc;

    JdbcWebhookEndpoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<WebhookEndpoint> findById(WorkspaceId workspace, WebhookEndpointId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_endpoint WHERE id = :id AND workspace_id = :workspace")
                .param("id", id.value()).param("workspace", workspace.value())
                .query(JdbcWebhookEndpoints::endpoint).optional();
    }

    @Override
    public Optional<WebhookEndpoint> findById(WebhookEndpointId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_endpoint WHERE id = :id").param("id", id.value())
                .query(JdbcWebhookEndpoints::endpoint).optional();
    }

    @Override
    public List<WebhookEndpoint> findAll(WorkspaceId workspace) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_endpoint WHERE workspace_id = :workspace "
                        + "ORDER BY created_at, id")
                .param("workspace", workspace.value()).query(JdbcWebhookEndpoints::endpoint).list();
    }

    @Override
    public int count(WorkspaceId workspace) {
        return jdbc.sql("SELECT count(*) FROM webhook_endpoint WHERE workspace_id = :workspace")
                .param("workspace", workspace.value()).query(Integer.class).single();
    }

    @Override
    public void save(WebhookEndpoint endpoint) {
        jdbc.sql("""
                INSERT INTO webhook_endpoint (id, workspace_id, url, description, events, secret, previous_secret,
                    previous_secret_expires_at, enabled, disabled_reason, disabled_at, created_at, updated_at)
                VALUES (:id, :workspace, :url, :description, CAST(:events AS text[]), :secret, :previousSecret,
                    :previousExpires, :enabled, :disabledReason, :disabledAt, :createdAt, :updatedAt)
                ON CONFLICT (id) DO UPDATE SET url = excluded.url, description = excluded.description,
                    events = excluded.events, secret = excluded.secret, previous_secret = excluded.previous_secret,
                    previous_secret_expires_at = excluded.previous_secret_expires_at, enabled = excluded.enabled,
                    disabled_reason = excluded.disabled_reason, disabled_at = excluded.disabled_at,
                    updated_at = excluded.updated_at
                """)
                .param("id", endpoint.getId().value()).param("workspace", endpoint.workspaceId().value())
                .param("url", endpoint.url()).param("description", endpoint.description())
                .param("events", ArrayLiterals.of(endpoint.events().stream().map(WebhookEventType::name).toList()))
                .param("secret", endpoint.secret().value())
                .param("previousSecret", endpoint.previousSecret() == null ? null : endpoint.previousSecret().value(),
                        Types.VARCHAR)
                .param("previousExpires", time(endpoint.previousSecretExpiresAt()), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("enabled", endpoint.enabled())
                .param("disabledReason", endpoint.disabledReason(), Types.VARCHAR)
                .param("disabledAt", time(endpoint.disabledAt()), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("createdAt", time(endpoint.createdAt())).param("updatedAt", time(endpoint.updatedAt()))
                .update();
    }

    @Override
    public boolean delete(WorkspaceId workspace, WebhookEndpointId id) {
        return jdbc.sql("DELETE FROM webhook_endpoint WHERE id = :id AND workspace_id = :workspace")
                .param("id", id.value()).param("workspace", workspace.value()).update() > 0;
    }

    private static WebhookEndpoint endpoint(ResultSet rs, int row) throws SQLException {
        String[] events = (String[]) rs.getArray("events").getArray();
        var types = EnumSet.noneOf(WebhookEventType.class);
        Arrays.stream(events).map(WebhookEventType::valueOf).forEach(types::add);
        String previous = rs.getString("previous_secret");
        return new WebhookEndpoint(new WebhookEndpointId(rs.getObject("id", UUID.class)),
                new WorkspaceId(rs.getObject("workspace_id", UUID.class)), rs.getString("url"),
                rs.getString("description"), types, new WebhookSecret(rs.getString("secret")),
                previous == null ? null : new WebhookSecret(previous), instant(rs, "previous_secret_expires_at"),
                rs.getBoolean("enabled"), rs.getString("disabled_reason"), instant(rs, "disabled_at"),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    static @Nullable OffsetDateTime time(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
