package io.parley.gateway.adapter.websocket;

import io.parley.shared.ConversationId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The cursors of one connection, least recently used dropped beyond a bound: an agent connection sees every
 * conversation of its workspace, and a forgotten cursor only means the next message is not checked for a gap.
 * Confined to the connection's {@link DeliveryLane}.
 */
final class DeliveryCursors {

    static final int MAX_CONVERSATIONS = 2048;

    /** Made on first use: most connections are idle, and a visitor's sees one conversation. */
    private @Nullable Map<ConversationId, DeliveryCursor> cursors;

    DeliveryCursor of(ConversationId conversation) {
        if (cursors == null) {
            cursors = new LinkedHashMap<>(4, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<ConversationId, DeliveryCursor> eldest) {
                    return size() > MAX_CONVERSATIONS;
                }
            };
        }
        return cursors.computeIfAbsent(conversation, c -> new DeliveryCursor());
    }
}
