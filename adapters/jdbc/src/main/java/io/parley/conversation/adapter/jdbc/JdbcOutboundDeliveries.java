package io.parley.conversation.adapter.jdbc;

import io.parley.channel.ChannelType;
import io.parley.conversation.Author;
import io.parley.conversation.AuthorKind;
import io.parley.conversation.DeliveryState;
import io.parley.conversation.OutgoingMessage;
import io.parley.conversation.model.OutboundDelivery;
import io.parley.conversation.port.OutboundDeliveries;
import io.parley.shared.ConversationId;
import io.parley.shared.InboxId;
import io.parley.shared.MessageId;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
@SecondaryAdapter
class JdbcOutboundDeliveries implements OutboundDeliveries {

    private static final String DELIVERY = "message_id, workspace_id, conversation_id, channel, state, attempts, step,"
            + " reason, next_attempt_at, platform_message_id, updated_at";

    private final JdbcClient jdbc;

    JdbcOutboundDeliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void enqueue(OutboundDelivery delivery, OutgoingMessage message) {
        jdbc.sql("""
                INSERT INTO channel_delivery (message_id, workspace_id, conversation_id, inbox_id, visitor_id, channel,
                    sequence, author_kind, author_id, body, message_created_at, state, attempts, step, next_attempt_at,
                    updated_at)
                VALUES (:message, :workspace, :conversation, :inbox, :visitor, :channel, :sequence, :authorKind,
                    :authorId, :body, :createdAt, :state, :attempts, :step, :next, :updated)
                ON CONFLICT (message_id) DO NOTHING
                """)
                .param("message", message.messageId().value()).param("workspace", message.workspace().value())
                .param("conversation", message.conversation().value()).param("inbox", message.inbox().value())
                .param("visitor", message.visitor().value()).param("channel", delivery.channel().name())
                .param("sequence", message.sequence()).param("authorKind", message.author().kind().name())
                .param("authorId", message.author().id()).param("body", message.body())
                .param("createdAt", Timestamps.of(message.createdAt())).param("state", delivery.state().name())
                .param("attempts", delivery.attempts()).param("step", delivery.step())
                .param("next", time(delivery.nextAttemptAt())).param("updated", Timestamps.of(delivery.updatedAt()))
                .update();
    }

    @Override
    public List<DueSend> claimDue(Instant now, Instant leaseUntil, int limit) {
        return jdbc.sql("""
                UPDATE channel_delivery d SET next_attempt_at = :lease
                  FROM (SELECT message_id FROM channel_delivery
                         WHERE state IN ('QUEUED', 'RETRYING') AND next_attempt_at <= :now
                         ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED) due
                 WHERE d.message_id = due.message_id
                RETURNING d.*
                """)
                .param("lease", Timestamps.of(leaseUntil)).param("now", Timestamps.of(now)).param("limit", limit)
                .query((rs, row) -> new DueSend(delivery(rs), message(rs))).list();
    }

    @Override
    public void save(OutboundDelivery delivery) {
        jdbc.sql("""
                UPDATE channel_delivery SET state = :state, attempts = :attempts, step = :step, reason = :reason,
                       next_attempt_at = :next, platform_message_id = :platform, updated_at = :updated
                 WHERE message_id = :message AND workspace_id = :workspace
                """)
                .param("state", delivery.state().name()).param("attempts", delivery.attempts())
                .param("step", delivery.step()).param("reason", delivery.reason())
                .param("next", time(delivery.nextAttemptAt())).param("platform", delivery.platformMessageId())
                .param("updated", Timestamps.of(delivery.updatedAt()))
                .param("message", delivery.messageId().value()).param("workspace", delivery.workspace().value())
                .update();
    }

    @Override
    public List<OutboundDelivery> ofConversation(WorkspaceId workspace, ConversationId conversation) {
        return jdbc.sql("SELECT " + DELIVERY + " FROM channel_delivery WHERE workspace_id = :workspace"
                        + " AND conversation_id = :conversation ORDER BY sequence")
                .param("workspace", workspace.value()).param("conversation", conversation.value())
                .query((rs, row) -> delivery(rs)).list();
    }

    @Override
    public Optional<OutboundDelivery> find(WorkspaceId workspace, ConversationId conversation, MessageId message) {
        return jdbc.sql("SELECT " + DELIVERY + " FROM channel_delivery WHERE workspace_id = :workspace"
                        + " AND conversation_id = :conversation AND message_id = :message")
                .param("workspace", workspace.value()).param("conversation", conversation.value())
                .param("message", message.value())
                .query((rs, row) -> delivery(rs)).optional();
    }

    private static OutboundDelivery delivery(ResultSet rs) throws SQLException {
        return new OutboundDelivery(new MessageId(rs.getObject("message_id", UUID.class)),
                new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                new ConversationId(rs.getObject("conversation_id", UUID.class)),
                ChannelType.valueOf(rs.getString("channel")), DeliveryState.valueOf(rs.getString("state")),
                rs.getInt("attempts"), rs.getInt("step"), rs.getString("reason"), instant(rs, "next_attempt_at"),
                rs.getString("platform_message_id"), Timestamps.read(rs, "updated_at"));
    }

    private static OutgoingMessage message(ResultSet rs) throws SQLException {
        return new OutgoingMessage(new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                new InboxId(rs.getObject("inbox_id", UUID.class)),
                new ConversationId(rs.getObject("conversation_id", UUID.class)),
                new VisitorId(rs.getObject("visitor_id", UUID.class)),
                new MessageId(rs.getObject("message_id", UUID.class)), rs.getLong("sequence"),
                new Author(AuthorKind.valueOf(rs.getString("author_kind")), rs.getString("author_id")),
                rs.getString("body"), Timestamps.read(rs, "message_created_at"));
    }

    private static @Nullable OffsetDateTime time(@Nullable Instant instant) {
        return instant == null ? null : Timestamps.of(instant);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
