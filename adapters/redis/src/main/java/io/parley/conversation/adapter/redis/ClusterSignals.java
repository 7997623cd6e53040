package io.parley.conversation.adapter.redis;

import io.parley.conversation.Author;
import io.parley.conversation.ConversationSignals;
import io.parley.conversation.ConversationView;
import io.parley.conversation.LocalConversationSignals;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * The typing and read-up-to signals of a cluster node: this node's connections first, then the other nodes through
 * the stream, best effort and never blocking, in the order of the stream with the changes around them.
 */
@SecondaryAdapter
final class ClusterSignals implements ConversationSignals {

    private final LocalConversationSignals local;
    private final StreamPublisher publisher;

    ClusterSignals(LocalConversationSignals local, StreamPublisher publisher) {
        this.local = local;
        this.publisher = publisher;
    }

    @Override
    public void typing(ConversationView conversation, Author author, boolean typing) {
        local.typing(conversation, author, typing);
        publisher.publish(new ClusterEvent.Typing(conversation, author, typing));
    }

    @Override
    public void read(ConversationView conversation, Author author, long sequence) {
        local.read(conversation, author, sequence);
        publisher.publish(new ClusterEvent.Read(conversation, author, sequence));
    }
}
