package io.parley.conversation.adapter.jdbc;

import io.parley.conversation.model.Rating;
import io.parley.conversation.port.Ratings;
import io.parley.shared.ConversationId;
import io.parley.shared.InboxId;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
@SecondaryAdapter
class JdbcRatings implements Ratings {

    private final JdbcClient jdbc;

    JdbcRatings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Rating> find(WorkspaceId workspace, ConversationId conversation) {
        return jdbc.sql("SELECT conversation_id, workspace_id, inbox_id, visitor_id, score, comment, rated_at,"
                        + " updated_at FROM conversation_rating WHERE workspace_id = :workspace"
                        + " AND conversation_id = :conversation")
                .param("workspace", workspace.value()).param("conversation", conversation.value())
                .query((rs, row) -> new Rating(new ConversationId(rs.getObject("conversation_id", UUID.class)),
                        new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                        new InboxId(rs.getObject("inbox_id", UUID.class)),
                        new VisitorId(rs.getObject("visitor_id", UUID.class)), rs.getInt("score"),
                        rs.getString("comment"), Timestamps.read(rs, "rated_at"), Timestamps.read(rs, "updated_at")))
                .optional();
    }

    @Override
    public void save(Rating rating) {
        jdbc.sql("""
                INSERT INTO conversation_rating (conversation_id, workspace_id, inbox_id, visitor_id, score, comment,
                    rated_at, updated_at)
                VALUES (:conversation, :workspace, :inbox, :visitor, :score, :comment, :rated, :updated)
                ON CONFLICT (conversation_id) DO UPDATE SET score = EXCLUDED.score, comment = EXCLUDED.comment,
                    updated_at = EXCLUDED.updated_at
                """)
                .param("conversation", rating.conversationId().value()).param("workspace", rating.workspaceId().value())
                .param("inbox", rating.inboxId().value()).param("visitor", rating.visitorId().value())
                .param("score", rating.score()).param("comment", rating.comment())
                .param("rated", Timestamps.of(rating.ratedAt())).param("updated", Timestamps.of(rating.updatedAt()))
                .update();
    }
}
