package io.parley.conversation.application;

import io.parley.shared.ConversationId;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Keeps commit order and notification order the same for each conversation on this node: the row lock orders the
 * commits, but notifications run after commit, where two threads could overtake each other. A fixed set of striped
 * locks bounds memory whatever the number of conversations. Across nodes, receivers fill gaps from PostgreSQL.
 */
@Component
class ConversationOrdering {

    private static final int STRIPES = 1024;
    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    ConversationOrdering() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    <T> T inOrder(ConversationId conversation, Supplier<T> work) {
        ReentrantLock lock = locks[Math.floorMod(conversation.value().hashCode(), STRIPES)];
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
