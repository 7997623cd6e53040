package io.parley.conversation.adapter.jdbc;

import io.parley.conversation.Author;
import io.parley.conversation.AuthorKind;
import io.parley.conversation.ClientMessageId;
import io.parley.conversation.MessageKind;
import io.parley.conversation.model.Message;
import io.parley.conversation.model.MessageBody;
import io.parley.shared.ConversationId;
import io.parley.shared.MessageId;
import io.parley.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Columns of the message table and their mapping to {@link Message}. */
final class MessageMapping {

    static final String COLUMNS = "id, workspace_id, conversation_id, sequence, client_message_id, author_kind, "
            + "author_id, kind, body, created_at";

    private MessageMapping() {}

    static Message read(ResultSet rs, int row) throws SQLException {
        return new Message(
                new MessageId(rs.getObject("id", UUID.class)),
                new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                new ConversationId(rs.getObject("conversation_id", UUID.class)),
                rs.getLong("sequence"),
                new ClientMessageId(rs.getString("client_message_id")),
                new Author(AuthorKind.valueOf(rs.getString("author_kind")), rs.getString("author_id")),
                MessageKind.valueOf(rs.getString("kind")),
                new MessageBody(rs.getString("body")),
                Timestamps.read(rs, "created_at"));
    }

    static Map<String, @Nullable Object> parameters(Message message) {
        var parameters = new LinkedHashMap<String, @Nullable Object>();
        parameters.put("id", message.id().value());
        parameters.put("workspaceId", message.workspaceId().value());
        parameters.put("conversationId", message.conversationId().value());
        parameters.put("sequence", message.sequence());
        parameters.put("clientMessageId", message.clientMessageId().value());
        parameters.put("authorKind", message.author().kind().name());
        parameters.put("authorId", message.author().id());
        parameters.put("kind", message.kind().name());
        parameters.put("body", message.body().value());
        parameters.put("createdAt", Timestamps.of(message.createdAt()));
        return parameters;
    }
}
