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
import io.parley.shared.adapter.jdbc.ArrayLiterals;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Component
@SecondaryAdapter
class JdbcConversations implements Conversations {

    private static final String SELECT = "SELECT " + ConversationMapping.COLUMNS + " FROM conversation ";

    private static final String UPDATE = """
            UPDATE conversation
               SET status = :status, assignee_id = :assigneeId, last_sequence = :lastSequence,
                   updated_at = :updatedAt
             WHERE workspace_id = :workspaceId AND id = :id""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcOperations batches;

    JdbcConversations(JdbcClient jdbc, NamedParameterJdbcOperations batches) {
        this.jdbc = jdbc;
        this.batches = batches;
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
    public List<Conversation> lockAll(Collection<WorkspaceId> workspaces, Collection<ConversationId> ids) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Conversations.lockAll needs a surrounding transaction");
        }
        if (workspaces.isEmpty() || ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + "WHERE workspace_id = ANY(CAST(:workspaces AS uuid[])) "
                        + "AND id = ANY(CAST(:ids AS uuid[])) ORDER BY id FOR UPDATE")
                .param("workspaces", ArrayLiterals.of(workspaces.stream().map(WorkspaceId::value).toList()))
                .param("ids", ArrayLiterals.of(ids.stream().map(ConversationId::value).toList()))
                .query(ConversationMapping::read).list();
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
        int updated = jdbc.sql(UPDATE).params(ConversationMapping.parameters(conversation)).update();
        if (updated == 0) {
            throw notFound(conversation);
        }
    }

    @Override
    public void updateAll(List<Conversation> conversations) {
        if (conversations.size() == 1) {
            update(conversations.getFirst());
            return;
        }
        int[] updated = batches.batchUpdate(UPDATE, conversations.stream()
                .map(c -> new MapSqlParameterSource(ConversationMapping.parameters(c)))
                .toArray(SqlParameterSource[]::new));
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0) {
                throw notFound(conversations.get(i));
            }
        }
    }

    private static DomainException notFound(Conversation conversation) {
        return DomainException.notFound("conversation.not-found",
                "conversation " + conversation.getId() + " does not exist in this workspace");
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
