package io.parley.conversation.adapter.jdbc;

import io.parley.conversation.ConversationTag;
import io.parley.conversation.port.ConversationTags;
import io.parley.shared.ConversationId;
import io.parley.shared.WorkspaceId;
import java.util.List;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
@SecondaryAdapter
class JdbcConversationTags implements ConversationTags {

    private final JdbcClient jdbc;

    JdbcConversationTags(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ConversationTag> find(WorkspaceId workspace, ConversationId conversation) {
        return jdbc.sql("""
                SELECT tag FROM conversation_tag WHERE conversation_id = :conversation AND workspace_id = :workspace
                ORDER BY tag
                """)
                .param("conversation", conversation.value()).param("workspace", workspace.value())
                .query((rs, row) -> new ConversationTag(rs.getString("tag"))).list();
    }

    @Override
    public void add(WorkspaceId workspace, ConversationId conversation, ConversationTag tag) {
        // the foreign key on (workspace_id, conversation_id) refuses another workspace's conversation
        jdbc.sql("""
                INSERT INTO conversation_tag (conversation_id, workspace_id, tag) VALUES (:conversation, :workspace, :tag)
                ON CONFLICT (conversation_id, tag) DO NOTHING
                """)
                .param("conversation", conversation.value()).param("workspace", workspace.value())
                .param("tag", tag.value()).update();
    }

    @Override
    public void remove(WorkspaceId workspace, ConversationId conversation, ConversationTag tag) {
        jdbc.sql("""
                DELETE FROM conversation_tag
                WHERE conversation_id = :conversation AND workspace_id = :workspace AND tag = :tag
                """)
                .param("conversation", conversation.value()).param("workspace", workspace.value())
                .param("tag", tag.value()).update();
    }
}
