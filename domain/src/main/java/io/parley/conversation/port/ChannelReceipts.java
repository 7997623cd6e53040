package io.parley.conversation.port;

import io.parley.shared.ConversationId;
import io.parley.shared.InboxId;
import io.parley.shared.MessageId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The platform message ids an inbox has met, so that a channel's redelivery stores nothing, on any node: the first
 * arrival claims the id, stores the message, then records where it went.
 */
@SecondaryPort
public interface ChannelReceipts {

    sealed interface Claim {
        /** The id is this caller's to store. */
        record Won() implements Claim {}

        /** Stored before, as this message. */
        record Stored(ConversationId conversation, MessageId message) implements Claim {}

        /** Another arrival of the id is being stored right now. */
        record InProgress() implements Claim {}
    }

    /**
     * Claims the id for the caller; a claim that was never completed and is older than {@code staleBefore} (its node
     * failed while storing) is taken over.
     */
    Claim claim(WorkspaceId workspace, InboxId inbox, String platformMessageId, Instant now, Instant staleBefore);

    /** Records where the claimed id's message was stored. */
    void complete(InboxId inbox, String platformMessageId, ConversationId conversation, MessageId message);

    /** Gives a claim up (storing failed), so that the next arrival of the id is stored. */
    void release(InboxId inbox, String platformMessageId);
}
