package io.parley.gateway.adapter.websocket;

import io.parley.shared.ConversationId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The cursors of one connection, least recently used dropped beyond a bound: an agent connection sees every
 * conversation of its workspace, and a forgotten cursor only means the next message is not checked for a gap.
 * Confined to the connection's {@link DeliveryLane}.
 */
final class DeliveryCursors {

    static final int MAX_CONVERSATIONS = 2048;

    private final Map<ConversationId, DeliveryCursor> cursors = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ConversationId, DeliveryCursor> eldest) {
            return size() > MAX_CONVERSATIONS;
        }
    };

    DeliveryCursor of(ConversationId conversation) {
        return cursors.computeIfAbsent(conversation, c -> new DeliveryCursor());
    }
}
