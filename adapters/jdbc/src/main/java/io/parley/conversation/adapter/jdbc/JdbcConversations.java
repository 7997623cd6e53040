package io.parley.conversation.adapter.jdbc;

import io.parley.conversation.ConversationFilter;
import io.parley.conversation.model.Conversation;
import io.parley.conversation.port.Conversations;
import io.parley.shared.ConversationId;
import io.parley.shared.DomainException;
import io.parley.shared.Page;
import io.parley.shared.PageRequest;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import java.util.List;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Component
@SecondaryAdapter
class JdbcConversations implements Conversations {

    private static final String SELECT = "SELECT " + ConversationMapping.COLUMNS + " FROM conversation ";

    private final JdbcClient jdbc;

    JdbcConversations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Conversation> findById(WorkspaceId workspace, ConversationId id) {
        return jdbc.sql(SELECT + "WHERE workspace_id = :workspace AND id = :id")
                .param("workspace", workspace.value()).param("id", id.value())
                .query(ConversationMapping::read).optional();
    }

    @Override
    public Optional<Conversation> lockById(WorkspaceId workspace, ConversationId id) {
        // outside a transaction the lock would end with the statement and guard nothing
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Conversations.lockById needs a surrounding transaction");
        }
        return jdbc.sql(SELECT + "WHERE workspace_id = :workspace AND id = :id FOR UPDATE")
                .param("workspace", workspace.value()).param("id", id.value())
                .query(ConversationMapping::read).optional();
    }

    @Override
    public void insert(Conversation conversation) {
        jdbc.sql("""
                INSERT INTO conversation (%s)
                VALUES (:id, :workspaceId, :inboxId, :visitorId, :status, :assigneeId, :lastSequence, :createdAt,
                        :updatedAt)""".formatted(ConversationMapping.COLUMNS))
                .params(ConversationMapping.parameters(conversation))
                .update();
    }

    @Override
    public void update(Conversation conversation) {
        int updated = jdbc.sql("""
                UPDATE conversation
                   SET status = :status, assignee_id = :assigneeId, last_sequence = :lastSequence,
                       updated_at = :updatedAt
                 WHERE workspace_id = :workspaceId AND id = :id""")
                .params(ConversationMapping.parameters(conversation))
                .update();
        if (updated == 0) {
            throw DomainException.notFound("conversation.not-found",
                    "conversation " + conversation.getId() + " does not exist in this workspace");
        }
    }

    @Override
    public List<Conversation> findByVisitor(WorkspaceId workspace, VisitorId visitor) {
        return jdbc.sql(SELECT + "WHERE workspace_id = :workspace AND visitor_id = :visitor ORDER BY updated_at DESC, id")
                .param("workspace", workspace.value()).param("visitor", visitor.value())
                .query(ConversationMapping::read).list();
    }

    @Override
    public Page<Conversation> search(WorkspaceId workspace, ConversationFilter filter, PageRequest page) {
        var where = ConversationSearch.where(workspace, filter);
        long total = jdbc.sql("SELECT count(*) FROM conversation " + where.sql())
                .params(where.parameters()).query(Long.class).single();
        var items = total <= page.offset() ? List.<Conversation>of()
                : jdbc.sql(SELECT + where.sql() + " ORDER BY updated_at DESC, id DESC LIMIT :limit OFFSET :offset")
                        .params(where.parameters()).param("limit", page.size()).param("offset", page.offset())
                        .query(ConversationMapping::read).list();
        return new Page<>(items, page.page(), page.size(), total);
    }
}
