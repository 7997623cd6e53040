package io.parley.conversation;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Signals that are relayed to connected clients and never stored: someone is typing, someone has read up to a
 * sequence. A visitor's signals go to the workspace's agents; an agent's to the conversation's visitor and the other
 * agents, never back to the same agent. Best effort: an implementation may drop what it cannot deliver, and never
 * throws. Implemented by the real-time gateway (this node) and, in a cluster, by an adapter that also forwards to
 * the other nodes.
 */
@SecondaryPort
public interface ConversationSignals {

    /** The author started ({@code typing} true) or stopped typing in the conversation. */
    void typing(ConversationView conversation, Author author, boolean typing);

    /** The author has read the conversation up to that sequence (1 or more). */
    void read(ConversationView conversation, Author author, long sequence);
}
