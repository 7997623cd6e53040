package io.parley.gateway.adapter.websocket;

import io.parley.conversation.ConversationView;
import io.parley.shared.ConversationId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Conversations a connection was found allowed to see, so that typing and read frames (many per minute) do not each
 * cost a database read. Who may see a conversation does not change while the connection lives.
 */
final class VisibleConversations {

    private static final int MAX = 256;

    /** Guarded by {@code this}; made on first use, since most connections never send a typing or read frame. */
    private @Nullable Map<ConversationId, ConversationView> known;

    /** Whether the conversation was found visible already, so that no check has to wait for the database. */
    synchronized boolean knows(ConversationId id) {
        return known != null && known.containsKey(id);
    }

    /** The cached view, or the one {@code check} returns (it throws when the conversation is not visible). */
    ConversationView check(ConversationId id, Supplier<ConversationView> check) {
        synchronized (this) {
            ConversationView cached = known == null ? null : known.get(id);
            if (cached != null) {
                return cached;
            }
        }
        ConversationView view = check.get();
        synchronized (this) {
            if (known == null) {
                known = new LinkedHashMap<>(4, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<ConversationId, ConversationView> eldest) {
                        return size() > MAX;
                    }
                };
            }
            known.put(id, view);
        }
        return view;
    }
}
