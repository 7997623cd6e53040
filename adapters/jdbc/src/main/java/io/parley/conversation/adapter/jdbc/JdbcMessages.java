package io.parley.conversation.adapter.jdbc;

import io.parley.conversation.ClientMessageId;
import io.parley.conversation.model.Message;
import io.parley.conversation.port.Messages;
import io.parley.shared.ConversationId;
import io.parley.shared.DomainException;
import io.parley.shared.WorkspaceId;
import io.parley.shared.adapter.jdbc.ArrayLiterals;
import io.parley.shared.adapter.jdbc.UniqueKeys;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
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

    private final JdbcClient jdbc;
    private final NamedParameterJdbcOperations batches;

    JdbcMessages(JdbcClient jdbc, NamedParameterJdbcOperations batches) {
        this.jdbc = jdbc;
        this.batches = batches;
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
        // one round trip: the driver sends the whole batch before reading the answers
        int[] inserted = batches.batchUpdate(INSERT + " ON CONFLICT (conversation_id, client_message_id) DO NOTHING",
                messages.stream().map(m -> new MapSqlParameterSource(MessageMapping.parameters(m)))
                        .toArray(SqlParameterSource[]::new));
        List<Message> resent = new ArrayList<>();
        for (int i = 0; i < inserted.length; i++) {
            if (inserted[i] == 0) {
                resent.add(messages.get(i));
            }
        }
        return resent;
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
    public List<Message> after(WorkspaceId workspace, ConversationId conversation, long afterSequence, int limit,
                               boolean includeNotes) {
        return jdbc.sql(SELECT + "AND sequence > :sequence " + (includeNotes ? "" : WITHOUT_NOTES)
                        + "ORDER BY sequence LIMIT :limit")
                .param("workspace", workspace.value()).param("conversation", conversation.value())
                .param("sequence", afterSequence).param("limit", limit)
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
