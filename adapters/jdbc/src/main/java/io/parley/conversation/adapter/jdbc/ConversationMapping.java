package io.parley.conversation.adapter.jdbc;

import io.parley.conversation.ConversationStatus;
import io.parley.conversation.model.Conversation;
import io.parley.shared.AgentId;
import io.parley.shared.ConversationId;
import io.parley.shared.InboxId;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Columns of the conversation table and their mapping to the aggregate. */
final class ConversationMapping {

    static final String COLUMNS =
            "id, workspace_id, inbox_id, visitor_id, status, assignee_id, last_sequence, created_at, updated_at";

    private ConversationMapping() {}

    static Conversation read(ResultSet rs, int row) throws SQLException {
        UUID assignee = rs.getObject("assignee_id", UUID.class);
        return new Conversation(
                new ConversationId(rs.getObject("id", UUID.class)),
                new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                new InboxId(rs.getObject("inbox_id", UUID.class)),
                new VisitorId(rs.getObject("visitor_id", UUID.class)),
                ConversationStatus.valueOf(rs.getString("status")),
                assignee == null ? null : new AgentId(assignee),
                rs.getLong("last_sequence"),
                Timestamps.read(rs, "created_at"),
                Timestamps.read(rs, "updated_at"));
    }

    static Map<String, @Nullable Object> parameters(Conversation conversation) {
        var assignee = conversation.assignee();
        var parameters = new LinkedHashMap<String, @Nullable Object>();
        parameters.put("id", conversation.getId().value());
        parameters.put("workspaceId", conversation.workspaceId().value());
        parameters.put("inboxId", conversation.inboxId().value());
        parameters.put("visitorId", conversation.visitorId().value());
        parameters.put("status", conversation.status().name());
        parameters.put("assigneeId", assignee == null ? null : assignee.value());
        parameters.put("lastSequence", conversation.lastSequence());
        parameters.put("createdAt", Timestamps.of(conversation.createdAt()));
        parameters.put("updatedAt", Timestamps.of(conversation.updatedAt()));
        return parameters;
    }
}
