package io.parley.webhook.adapter.jdbc;

import static io.parley.webhook.adapter.jdbc.JdbcWebhookEndpoints.instant;
import static io.parley.webhook.adapter.jdbc.JdbcWebhookEndpoints.time;

import io.parley.shared.WorkspaceId;
import io.parley.webhook.DeliveryStatus;
import io.parley.webhook.WebhookAttemptView;
import io.parley.webhook.WebhookDeliveryId;
import io.parley.webhook.WebhookDeliveryView;
import io.parley.webhook.WebhookEndpointId;
import io.parley.webhook.WebhookEventType;
import io.parley.webhook.model.AttemptRecord;
import io.parley.webhook.model.DueDelivery;
import io.parley.webhook.port.WebhookOutbox;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

@Component
@SecondaryAdapter
class JdbcWebhookOutbox implements WebhookOutbox {

    private static final String COLUMNS = "id, endpoint_id, event_type, payload, status, attempts, next_attempt_at, "
            + "last_status, last_error, created_at, completed_at";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    JdbcWebhookOutbox(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public int enqueue(WorkspaceId workspace, WebhookEventType type, String eventKey, String payload, Instant now,
                       Instant dueAt) {
        return jdbc.sql("""
                INSERT INTO webhook_delivery (id, endpoint_id, workspace_id, event_type, event_key, payload, status,
                    next_attempt_at, created_at)
                SELECT gen_random_uuid(), e.id, e.workspace_id, :type, :key, :payload, 'PENDING', :due, :now
                  FROM webhook_endpoint e
                 WHERE e.workspace_id = :workspace AND e.enabled AND :type = ANY (e.events)
                ON CONFLICT ON CONSTRAINT webhook_delivery_once DO NOTHING
                """)
                .param("workspace", workspace.value()).param("type", type.name()).param("key", eventKey)
                .param("payload", payload).param("due", time(dueAt)).param("now", time(now)).update();
    }

    @Override
    public List<DueDelivery> claimDue(Instant now, Instant leaseUntil, int limit) {
        return jdbc.sql("""
                UPDATE webhook_delivery d SET next_attempt_at = :lease
                  FROM (SELECT id FROM webhook_delivery
                         WHERE status = 'PENDING' AND next_attempt_at <= :now
                         ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED) due
                 WHERE d.id = due.id
                RETURNING d.id, d.endpoint_id, d.workspace_id, d.event_type, d.payload, d.attempts, d.step
                """)
                .param("lease", time(leaseUntil)).param("now", time(now)).param("limit", limit)
                .query((rs, row) -> new DueDelivery(new WebhookDeliveryId(rs.getObject("id", UUID.class)),
                        new WebhookEndpointId(rs.getObject("endpoint_id", UUID.class)),
                        new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                        WebhookEventType.valueOf(rs.getString("event_type")), rs.getString("payload"),
                        rs.getInt("attempts"), rs.getInt("step")))
                .list();
    }

    @Override
    public void recordAttempt(WebhookDeliveryId id, AttemptRecord attempt, DeliveryStatus status, int step,
                              @Nullable Instant nextAttemptAt, Instant now) {
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("""
                    INSERT INTO webhook_attempt (delivery_id, attempt, attempted_at, duration_ms, webhook_timestamp,
                        response_status, response_body, error)
                    VALUES (:id, :attempt, :at, :duration, :timestamp, :status, :body, :error)
                    ON CONFLICT DO NOTHING
                    """)
                    .param("id", id.value()).param("attempt", attempt.attempt()).param("at", time(attempt.at()))
                    .param("duration", attempt.durationMillis()).param("timestamp", attempt.webhookTimestamp())
                    .param("status", attempt.responseStatus(), Types.INTEGER)
                    .param("body", attempt.responseBody(), Types.VARCHAR)
                    .param("error", attempt.error(), Types.VARCHAR).update();
            jdbc.sql("""
                    UPDATE webhook_delivery SET status = :status, attempts = :attempt, step = :step,
                        next_attempt_at = :next, last_status = :lastStatus, last_error = :error,
                        completed_at = :completed
                     WHERE id = :id
                    """)
                    .param("id", id.value()).param("status", status.name()).param("attempt", attempt.attempt())
                    .param("step", step).param("next", time(nextAttemptAt), Types.TIMESTAMP_WITH_TIMEZONE)
                    .param("lastStatus", attempt.responseStatus(), Types.INTEGER)
                    .param("error", attempt.error(), Types.VARCHAR)
                    .param("completed", status == DeliveryStatus.PENDING ? null : time(now),
                            Types.TIMESTAMP_WITH_TIMEZONE)
                    .update();
        });
    }

    @Override
    public void abandon(WebhookDeliveryId id, String reason, Instant now) {
        jdbc.sql("""
                UPDATE webhook_delivery SET status = 'FAILED', next_attempt_at = NULL, last_error = :reason,
                    completed_at = :now
                 WHERE id = :id AND status = 'PENDING'
                """)
                .param("id", id.value()).param("reason", reason).param("now", time(now)).update();
    }

    @Override
    public void abandonPending(WebhookEndpointId endpoint, String reason, Instant now) {
        jdbc.sql("""
                UPDATE webhook_delivery SET status = 'FAILED', next_attempt_at = NULL, last_error = :reason,
                    completed_at = :now
                 WHERE endpoint_id = :endpoint AND status = 'PENDING'
                """)
                .param("endpoint", endpoint.value()).param("reason", reason).param("now", time(now)).update();
    }

    @Override
    public List<WebhookDeliveryView> recent(WorkspaceId workspace, WebhookEndpointId endpoint, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM webhook_delivery
                WHERE endpoint_id = :endpoint AND workspace_id = :workspace
                ORDER BY created_at DESC, id DESC LIMIT :limit
                """)
                .param("endpoint", endpoint.value()).param("workspace", workspace.value()).param("limit", limit)
                .query((rs, row) -> delivery(rs, List.of())).list();
    }

    @Override
    public Optional<WebhookDeliveryView> find(WorkspaceId workspace, WebhookEndpointId endpoint,
                                              WebhookDeliveryId id) {
        var attempts = jdbc.sql("""
                SELECT attempt, attempted_at, duration_ms, webhook_timestamp, response_status, response_body, error
                  FROM webhook_attempt WHERE delivery_id = :id ORDER BY attempt
                """)
                .param("id", id.value())
                .query((rs, row) -> new WebhookAttemptView(rs.getInt("attempt"),
                        Objects.requireNonNull(instant(rs, "attempted_at")), rs.getLong("duration_ms"),
                        rs.getLong("webhook_timestamp"), integer(rs, "response_status"), rs.getString("response_body"),
                        rs.getString("error")))
                .list();
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM webhook_delivery WHERE id = :id AND endpoint_id = :endpoint AND workspace_id = :workspace
                """)
                .param("id", id.value()).param("endpoint", endpoint.value()).param("workspace", workspace.value())
                .query((rs, row) -> delivery(rs, attempts)).optional();
    }

    @Override
    public boolean requeue(WorkspaceId workspace, WebhookEndpointId endpoint, WebhookDeliveryId id, Instant now) {
        return jdbc.sql("""
                UPDATE webhook_delivery SET status = 'PENDING', step = 0, next_attempt_at = :now, completed_at = NULL
                 WHERE id = :id AND endpoint_id = :endpoint AND workspace_id = :workspace AND status <> 'PENDING'
                """)
                .param("id", id.value()).param("endpoint", endpoint.value()).param("workspace", workspace.value())
                .param("now", time(now)).update() > 0;
    }

    @Override
    public int prune(Instant before) {
        return jdbc.sql("DELETE FROM webhook_delivery WHERE status <> 'PENDING' AND completed_at < :before")
                .param("before", time(before)).update();
    }

    private static WebhookDeliveryView delivery(ResultSet rs, List<WebhookAttemptView> attempts) throws SQLException {
        var id = new WebhookDeliveryId(rs.getObject("id", UUID.class));
        return new WebhookDeliveryView(id, new WebhookEndpointId(rs.getObject("endpoint_id", UUID.class)),
                id.messageId(), WebhookEventType.valueOf(rs.getString("event_type")),
                rs.getString("payload"), DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                instant(rs, "next_attempt_at"), integer(rs, "last_status"), rs.getString("last_error"),
                Objects.requireNonNull(instant(rs, "created_at")), instant(rs, "completed_at"), attempts);
    }

    private static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
