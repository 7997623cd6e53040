package io.parley.conversation;

import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Tells connected clients about committed changes. Called after the transaction commits, never before: a client
 * that misses a notification (not connected, another node) catches up from PostgreSQL by sequence, so an
 * implementation may drop what it cannot deliver. Implemented by the real-time gateway (this node) and, in a
 * cluster, by an adapter that also forwards to the other nodes.
 */
@SecondaryPort
public interface ConversationNotifications {

    /** A message was stored. Implementations must not show internal notes to visitors. */
    void messagePosted(WorkspaceId workspace, VisitorId visitor, MessageView message);

    void conversationChanged(ConversationView conversation);

    /**
     * A piece of a bot answer being written, for the visitor and the workspace's agents to watch it grow. Best effort
     * and this node only: a client that misses pieces still gets the stored answer.
     */
    default void botDrafted(BotDraftPiece piece) {}
}
