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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
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

    /** Each row only within its own workspace: a pair that matches no row is left out of what it returns. */
    private static final String UPDATE_UNNEST = """
            UPDATE conversation c
               SET status = u.status, assignee_id = u.assignee_id, last_sequence = u.last_sequence,
                   updated_at = u.updated_at
              FROM unnest(CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS text[]), CAST(? AS uuid[]),
                          CAST(? AS bigint[]), CAST(CAST(? AS text[]) AS timestamptz[]))
                   AS u(workspace_id, id, status, assignee_id, last_sequence, updated_at)
             WHERE c.workspace_id = u.workspace_id AND c.id = u.id
            RETURNING c.id""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    JdbcConversations(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
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
        // one statement for the whole batch: the rows travel as one array per column
        Set<UUID> updated = new HashSet<>(template.execute((ConnectionCallback<List<UUID>>) c -> {
            try (PreparedStatement statement = c.prepareStatement(UPDATE_UNNEST)) {
                int n = conversations.size();
                UUID[] workspaces = new UUID[n];
                UUID[] ids = new UUID[n];
                String[] statuses = new String[n];
                UUID[] assignees = new UUID[n];
                Long[] sequences = new Long[n];
                String[] times = new String[n];
                for (int i = 0; i < n; i++) {
                    Conversation conversation = conversations.get(i);
                    workspaces[i] = conversation.workspaceId().value();
                    ids[i] = conversation.getId().value();
                    statuses[i] = conversation.status().name();
                    assignees[i] = conversation.assignee() == null ? null : conversation.assignee().value();
                    sequences[i] = conversation.lastSequence();
                    times[i] = conversation.updatedAt().toString();
                }
                statement.setArray(1, c.createArrayOf("uuid", workspaces));
                statement.setArray(2, c.createArrayOf("uuid", ids));
                statement.setArray(3, c.createArrayOf("text", statuses));
                statement.setArray(4, c.createArrayOf("uuid", assignees));
                statement.setArray(5, c.createArrayOf("int8", sequences));
                statement.setArray(6, c.createArrayOf("text", times));
                List<UUID> found = new ArrayList<>(n);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getObject(1, UUID.class));
                    }
                }
                return found;
            }
        }));
        for (Conversation conversation : conversations) {
            if (!updated.contains(conversation.getId().value())) {
                throw notFound(conversation);
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

    @Override
    public List<Conversation> changedSince(Instant since, @Nullable ConversationId afterId, int limit) {
        return jdbc.sql(SELECT + "WHERE updated_at >= :since AND id > :after ORDER BY id LIMIT :limit")
                .param("since", Timestamps.of(since))
                .param("after", afterId == null ? new UUID(0, 0) : afterId.value()).param("limit", limit)
                .query(ConversationMapping::read).list();
    }
}
