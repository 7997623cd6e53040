package io.parley.conversation.model;

import io.parley.conversation.Author;
import io.parley.conversation.ClientMessageId;
import io.parley.conversation.MessageKind;
import io.parley.shared.ConversationId;
import io.parley.shared.MessageId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.types.Entity;

/**
 * One message of a conversation, numbered by the conversation's sequence. Messages are written once and never
 * changed, so they are stored apart from the conversation row and loaded by sequence range.
 */
public record Message(MessageId id, WorkspaceId workspaceId, ConversationId conversationId, long sequence,
                      ClientMessageId clientMessageId, Author author, MessageKind kind, MessageBody body,
                      Instant createdAt) implements Entity<Conversation, MessageId> {

    public Message {
        Objects.requireNonNull(id);
        Objects.requireNonNull(workspaceId);
        Objects.requireNonNull(conversationId);
        Objects.requireNonNull(clientMessageId);
        Objects.requireNonNull(author);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(body);
        Objects.requireNonNull(createdAt);
        if (sequence < 1) {
            throw new IllegalArgumentException("message sequences start at 1");
        }
    }

    @Override
    public MessageId getId() {
        return id;
    }

    public boolean isInternal() {
        return kind == MessageKind.NOTE;
    }
}
