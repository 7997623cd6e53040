package io.parley.conversation;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The notifications of this node alone: its own connected clients, nothing forwarded. Implemented by the real-time
 * gateway. A cluster bus wraps it as the {@link ConversationNotifications} everyone else calls, and hands it what
 * the other nodes committed.
 */
@SecondaryPort
public interface LocalConversationNotifications extends ConversationNotifications {}
