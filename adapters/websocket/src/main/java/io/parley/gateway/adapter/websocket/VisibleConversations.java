package io.parley.gateway.adapter.websocket;

import io.parley.conversation.ConversationView;
import io.parley.shared.ConversationId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Conversations a connection was found allowed to see, so that typing and read frames (many per minute) do not each
 * cost a database read. Who may see a conversation does not change while the connection lives.
 */
final class VisibleConversations {

    private static final int MAX = 256;

    private final Map<ConversationId, ConversationView> known = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ConversationId, ConversationView> eldest) {
            return size() > MAX;
        }
    };

    /** The cached view, or the one {@code check} returns (it throws when the conversation is not visible). */
    ConversationView check(ConversationId id, Supplier<ConversationView> check) {
        synchronized (known) {
            Optional<ConversationView> cached = Optional.ofNullable(known.get(id));
            if (cached.isPresent()) {
                return cached.get();
            }
        }
        ConversationView view = check.get();
        synchronized (known) {
            known.put(id, view);
        }
        return view;
    }
}
