package io.parley.conversation;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The signals of this node alone: its own connected clients, nothing forwarded. Implemented by the real-time
 * gateway. A cluster bus wraps it as the {@link ConversationSignals} everyone else calls, and hands it the other
 * nodes' signals.
 */
@SecondaryPort
public interface LocalConversationSignals extends ConversationSignals {}
