package io.parley.knowledge.adapter.jdbc;

import io.parley.knowledge.UnansweredQuestion;
import io.parley.knowledge.port.UnansweredQuestions;
import io.parley.shared.ConversationId;
import io.parley.shared.WorkspaceId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
@SecondaryAdapter
class JdbcUnansweredQuestions implements UnansweredQuestions {

    private final JdbcClient jdbc;

    JdbcUnansweredQuestions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(WorkspaceId workspace, UnansweredQuestion question) {
        jdbc.sql("""
                INSERT INTO knowledge_unanswered (id, workspace_id, conversation_id, question, best_score, asked_at)
                VALUES (:id, :workspace, :conversation, :question, :score, :at) ON CONFLICT (id) DO NOTHING""")
                .param("id", question.id()).param("workspace", workspace.value())
                .param("conversation", question.conversationId().value()).param("question", question.question())
                .param("score", question.bestScore()).param("at", Timestamp.from(question.askedAt())).update();
    }

    @Override
    public List<UnansweredQuestion> open(WorkspaceId workspace, int limit) {
        return jdbc.sql("""
                SELECT id, conversation_id, question, best_score, asked_at FROM knowledge_unanswered
                WHERE workspace_id = :workspace AND dismissed_at IS NULL ORDER BY asked_at DESC, id LIMIT :limit""")
                .param("workspace", workspace.value()).param("limit", limit)
                .query((rs, row) -> new UnansweredQuestion(rs.getObject("id", UUID.class),
                        new ConversationId(rs.getObject("conversation_id", UUID.class)), rs.getString("question"),
                        rs.getDouble("best_score"), rs.getTimestamp("asked_at").toInstant())).list();
    }

    @Override
    public boolean dismiss(WorkspaceId workspace, UUID question, Instant at) {
        return jdbc.sql("""
                UPDATE knowledge_unanswered SET dismissed_at = :at
                WHERE id = :id AND workspace_id = :workspace AND dismissed_at IS NULL""")
                .param("at", Timestamp.from(at)).param("id", question).param("workspace", workspace.value())
                .update() == 1;
    }
}
