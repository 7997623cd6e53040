package io.parley.conversation.adapter.jdbc;

import io.parley.conversation.ClientMessageId;
import io.parley.conversation.model.Message;
import io.parley.conversation.port.Messages;
import io.parley.conversation.port.Messages.ClientMessageKey;
import io.parley.shared.ConversationId;
import io.parley.shared.DomainException;
import io.parley.shared.WorkspaceId;
import io.parley.shared.adapter.jdbc.ArrayLiterals;
import io.parley.shared.adapter.jdbc.UniqueKeys;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The hot path: INSERTs of posted messages, batched when several are committed together, and index range scans over (conversation_id, sequence). */
@Component
@SecondaryAdapter
class JdbcMessages implements Messages {

    private static final String SELECT = "SELECT " + MessageMapping.COLUMNS + " FROM message "
            + "WHERE workspace_id = :workspace AND conversation_id = :conversation ";
    private static final String WITHOUT_NOTES = "AND kind <> 'NOTE' ";

    private static final String INSERT = """
            INSERT INTO message (%s)
            VALUES (:id, :workspaceId, :conversationId, :sequence, :clientMessageId, :authorKind,
                    :authorId, :kind, :body, :createdAt)""".formatted(MessageMapping.COLUMNS);

    private static final String BY_CLIENT_MESSAGE_IDS = "SELECT "
            + MessageMapping.COLUMNS.replaceAll("(\\w+)", "m.$1") + " FROM unnest(CAST(:conversations AS uuid[]), "
            + "CAST(:ids AS text[])) AS k(conversation_id, client_message_id) JOIN message m "
            + "ON m.conversation_id = k.conversation_id AND m.client_message_id = k.client_message_id";

    /** A resend (its client id taken) is skipped; a taken sequence fails the whole statement. */
    private static final String INSERT_UNNEST = """
            INSERT INTO message (%s)
            SELECT * FROM unnest(CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS bigint[]),
                                 CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
                                 CAST(? AS text[]), CAST(CAST(? AS text[]) AS timestamptz[]))
            ON CONFLICT (conversation_id, client_message_id) DO NOTHING
            RETURNING conversation_id, client_message_id""".formatted(MessageMapping.COLUMNS);

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    JdbcMessages(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Override
    public void append(Message message) {
        UniqueKeys.guard(() -> jdbc.sql(INSERT).params(MessageMapping.parameters(message)).update(), Map.of(
                "message_client_message_id_key", () -> DomainException.conflict("message.duplicate",
                        "a message with client message id " + message.clientMessageId().value()
                                + " is stored in this conversation already"),
                "message_sequence_key", () -> DomainException.conflict("message.sequence-taken",
                        "another message took sequence " + message.sequence() + " first; send it again")));
    }

    @Override
    public List<Message> appendUnlessResent(List<Message> messages) {
        if (messages.isEmpty()) {
            return List.of();
        }
        // one statement for the whole batch: the rows travel as one array per column
        Set<ClientMessageKey> inserted = new HashSet<>(template.execute((ConnectionCallback<List<ClientMessageKey>>) c -> {
            try (PreparedStatement insert = c.prepareStatement(INSERT_UNNEST)) {
                int n = messages.size();
                UUID[] ids = new UUID[n];
                UUID[] workspaces = new UUID[n];
                UUID[] conversations = new UUID[n];
                Long[] sequences = new Long[n];
                String[] clientIds = new String[n];
                String[] authorKinds = new String[n];
                String[] authorIds = new String[n];
                String[] kinds = new String[n];
                String[] bodies = new String[n];
                String[] created = new String[n];
                for (int i = 0; i < n; i++) {
                    Message m = messages.get(i);
                    ids[i] = m.id().value();
                    workspaces[i] = m.workspaceId().value();
                    conversations[i] = m.conversationId().value();
                    sequences[i] = m.sequence();
                    clientIds[i] = m.clientMessageId().value();
                    authorKinds[i] = m.author().kind().name();
                    authorIds[i] = m.author().id();
                    kinds[i] = m.kind().name();
                    bodies[i] = m.body().value();
                    created[i] = m.createdAt().toString();
                }
                insert.setArray(1, c.createArrayOf("uuid", ids));
                insert.setArray(2, c.createArrayOf("uuid", workspaces));
                insert.setArray(3, c.createArrayOf("uuid", conversations));
                insert.setArray(4, c.createArrayOf("int8", sequences));
                insert.setArray(5, c.createArrayOf("text", clientIds));
                insert.setArray(6, c.createArrayOf("text", authorKinds));
                insert.setArray(7, c.createArrayOf("text", authorIds));
                insert.setArray(8, c.createArrayOf("text", kinds));
                insert.setArray(9, c.createArrayOf("text", bodies));
                insert.setArray(10, c.createArrayOf("text", created));
                List<ClientMessageKey> keys = new ArrayList<>(n);
                try (ResultSet rs = insert.executeQuery()) {
                    while (rs.next()) {
                        keys.add(new ClientMessageKey(new ConversationId(rs.getObject(1, UUID.class)),
                                new ClientMessageId(rs.getString(2))));
                    }
                }
                return keys;
            }
        }));
        return messages.stream().filter(m -> !inserted.contains(new ClientMessageKey(m.conversationId(),
                m.clientMessageId()))).toList();
    }

    @Override
    public List<Message> findByClientMessageIds(Collection<ClientMessageKey> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        // one index probe per pair; "conversation_id = ANY(..) AND client_message_id = ANY(..)" would make
        // PostgreSQL 15 try every combination of the two lists, or scan the table
        return jdbc.sql(BY_CLIENT_MESSAGE_IDS)
                .param("conversations", ArrayLiterals.of(keys.stream().map(k -> k.conversation().value()).toList()))
                .param("ids", ArrayLiterals.of(keys.stream().map(k -> k.clientMessageId().value()).toList()))
                .query(MessageMapping::read).list();
    }

    @Override
    public Optional<Message> findByClientMessageId(WorkspaceId workspace, ConversationId conversation,
                                                   ClientMessageId id) {
        return jdbc.sql(SELECT + "AND client_message_id = :clientMessageId")
                .param("workspace", workspace.value()).param("conversation", conversation.value())
                .param("clientMessageId", id.value())
                .query(MessageMapping::read).optional();
    }

    @Override
    public List<Message> latestShownToVisitors(WorkspaceId workspace, Collection<ConversationId> conversations) {
        if (conversations.isEmpty()) {
            return List.of();
        }
        // one backward index scan over (conversation_id, sequence) per conversation, however long each is
        return jdbc.sql("SELECT m.* FROM conversation c CROSS JOIN LATERAL (SELECT " + MessageMapping.COLUMNS
                        + " FROM message WHERE workspace_id = c.workspace_id AND conversation_id = c.id "
                        + WITHOUT_NOTES + "ORDER BY sequence DESC LIMIT 1) m"
                        + " WHERE c.workspace_id = :workspace AND c.id IN (:conversations)")
                .param("workspace", workspace.value())
                .param("conversations", conversations.stream().map(ConversationId::value).toList())
                .query(MessageMapping::read).list();
    }

    @Override
    public List<Message> after(WorkspaceId workspace, ConversationId conversation, long afterSequence, int limit,
                               boolean includeNotes) {
        return jdbc.sql(SELECT + "AND sequence > :sequence " + (includeNotes ? "" : WITHOUT_NOTES)
                        + "ORDER BY sequence LIMIT :limit")
                .param("workspace", workspace.value()).param("conversation", conversation.value())
                .param("sequence", afterSequence).param("limit", limit)
                .query(MessageMapping::read).list();
    }

    @Override
    public List<Message> createdSince(Collection<ConversationId> conversations, Instant since) {
        if (conversations.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + MessageMapping.COLUMNS + " FROM message WHERE conversation_id = ANY(CAST(:ids AS uuid[]))"
                        + " AND created_at >= :since ORDER BY conversation_id, sequence")
                .param("ids", ArrayLiterals.of(conversations.stream().map(ConversationId::value).toList()))
                .param("since", Timestamps.of(since))
                .query(MessageMapping::read).list();
    }

    @Override
    public List<Message> before(WorkspaceId workspace, ConversationId conversation, long beforeSequence, int limit,
                                boolean includeNotes) {
        // the closest ones first, then back into ascending order
        var closest = jdbc.sql(SELECT + "AND sequence < :sequence " + (includeNotes ? "" : WITHOUT_NOTES)
                        + "ORDER BY sequence DESC LIMIT :limit")
                .param("workspace", workspace.value()).param("conversation", conversation.value())
                .param("sequence", beforeSequence).param("limit", limit)
                .query(MessageMapping::read).list();
        return closest.reversed();
    }
}
