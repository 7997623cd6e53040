package io.parley.conversation.adapter.jdbc;

import io.parley.conversation.port.ChannelReceipts;
import io.parley.shared.ConversationId;
import io.parley.shared.InboxId;
import io.parley.shared.MessageId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
@SecondaryAdapter
class JdbcChannelReceipts implements ChannelReceipts {

    private final JdbcClient jdbc;

    JdbcChannelReceipts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Claim claim(WorkspaceId workspace, InboxId inbox, String platformMessageId, Instant now,
                       Instant staleBefore) {
        // a new id, or a stale claim never completed, becomes ours; the row lock orders two arrivals of one id
        int won = jdbc.sql("""
                INSERT INTO channel_receipt (inbox_id, platform_message_id, workspace_id, claimed_at)
                VALUES (:inbox, :platform, :workspace, :now)
                ON CONFLICT (inbox_id, platform_message_id) DO UPDATE SET claimed_at = EXCLUDED.claimed_at
                 WHERE channel_receipt.message_id IS NULL AND channel_receipt.claimed_at < :stale
                """)
                .param("inbox", inbox.value()).param("platform", platformMessageId)
                .param("workspace", workspace.value()).param("now", Timestamps.of(now))
                .param("stale", Timestamps.of(staleBefore)).update();
        if (won == 1) {
            return new Claim.Won();
        }
        return jdbc.sql("SELECT conversation_id, message_id FROM channel_receipt WHERE inbox_id = :inbox"
                        + " AND platform_message_id = :platform AND workspace_id = :workspace")
                .param("inbox", inbox.value()).param("platform", platformMessageId)
                .param("workspace", workspace.value())
                .query((rs, row) -> {
                    UUID message = rs.getObject("message_id", UUID.class);
                    return message == null ? (Claim) new Claim.InProgress()
                            : new Claim.Stored(new ConversationId(rs.getObject("conversation_id", UUID.class)),
                                    new MessageId(message));
                })
                .optional().orElseGet(Claim.InProgress::new);
    }

    @Override
    public void complete(InboxId inbox, String platformMessageId, ConversationId conversation, MessageId message) {
        jdbc.sql("UPDATE channel_receipt SET conversation_id = :conversation, message_id = :message"
                        + " WHERE inbox_id = :inbox AND platform_message_id = :platform")
                .param("conversation", conversation.value()).param("message", message.value())
                .param("inbox", inbox.value()).param("platform", platformMessageId).update();
    }

    @Override
    public void release(InboxId inbox, String platformMessageId) {
        jdbc.sql("DELETE FROM channel_receipt WHERE inbox_id = :inbox AND platform_message_id = :platform"
                        + " AND message_id IS NULL")
                .param("inbox", inbox.value()).param("platform", platformMessageId).update();
    }
}
