package io.parley.conversation.port;

import io.parley.conversation.ClientMessageId;
import io.parley.conversation.model.Message;
import io.parley.shared.ConversationId;
import io.parley.shared.WorkspaceId;
import java.util.List;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Where messages are kept: written once, read by sequence range. */
@SecondaryPort
public interface Messages {

    /** Stores a message; (conversation, client message id) and (conversation, sequence) are unique. */
    void append(Message message);

    Optional<Message> findByClientMessageId(WorkspaceId workspace, ConversationId conversation, ClientMessageId id);

    /** Messages with a sequence above {@code afterSequence}, ascending, at most {@code limit}. */
    List<Message> after(WorkspaceId workspace, ConversationId conversation, long afterSequence, int limit,
                        boolean includeNotes);

    /** Messages with a sequence below {@code beforeSequence}, ascending, the {@code limit} closest to it. */
    List<Message> before(WorkspaceId workspace, ConversationId conversation, long beforeSequence, int limit,
                         boolean includeNotes);
}
