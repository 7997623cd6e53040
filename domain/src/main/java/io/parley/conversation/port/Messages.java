package io.parley.conversation.port;

import io.parley.conversation.ClientMessageId;
import io.parley.conversation.model.Message;
import io.parley.shared.ConversationId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Where messages are kept: written once, read by sequence range. */
@SecondaryPort
public interface Messages {

    /** Stores a message; (conversation, client message id) and (conversation, sequence) are unique. */
    void append(Message message);

    /**
     * Stores several messages at once, in one round trip where the store allows it, except those whose client message
     * id is taken in their conversation already: those are left out and returned. A taken sequence fails the call.
     */
    List<Message> appendUnlessResent(List<Message> messages);

    Optional<Message> findByClientMessageId(WorkspaceId workspace, ConversationId conversation, ClientMessageId id);

    /**
     * The messages stored under any of these (conversation, client message id) pairs. The conversations must be ones
     * the caller has already loaded within the workspace.
     */
    List<Message> findByClientMessageIds(Collection<ClientMessageKey> keys);

    /** A client message id within its conversation, the way a resend is recognised. */
    record ClientMessageKey(ConversationId conversation, ClientMessageId clientMessageId) {}

    /** The newest message that is not an internal note of each of these conversations that has one. */
    List<Message> latestShownToVisitors(WorkspaceId workspace, Collection<ConversationId> conversations);

    /** Messages with a sequence above {@code afterSequence}, ascending, at most {@code limit}. */
    List<Message> after(WorkspaceId workspace, ConversationId conversation, long afterSequence, int limit,
                        boolean includeNotes);

    /**
     * The messages of these conversations created at or after {@code since}, notes included, by conversation and
     * sequence. The conversations must be ones the caller has already loaded.
     */
    List<Message> createdSince(Collection<ConversationId> conversations, Instant since);

    /** Messages with a sequence below {@code beforeSequence}, ascending, the {@code limit} closest to it. */
    List<Message> before(WorkspaceId workspace, ConversationId conversation, long beforeSequence, int limit,
                         boolean includeNotes);
}
