package io.parley.gateway.adapter.websocket;

import io.parley.conversation.Author;
import io.parley.conversation.AuthorKind;
import io.parley.conversation.ConversationView;
import io.parley.conversation.LocalConversationSignals;
import io.parley.gateway.protocol.ReadReceipt;
import io.parley.gateway.protocol.ServerFrame;
import io.parley.gateway.protocol.TypingNotice;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Pushes typing notices and read receipts to this node's connections: a visitor's to the workspace's agents; an
 * agent's to the conversation's visitor and the other agents, none of the same agent's own connections. Only
 * enqueues, and never throws: signals are best effort.
 */
@SecondaryAdapter
@Component
class LiveSignals implements LocalConversationSignals {

    private static final Logger log = LoggerFactory.getLogger(LiveSignals.class);

    private final ConnectionRegistry registry;
    private final ConversationFeed feed;

    LiveSignals(ConnectionRegistry registry, ConversationFeed feed) {
        this.registry = registry;
        this.feed = feed;
    }

    @Override
    public void typing(ConversationView conversation, Author author, boolean typing) {
        relay(conversation, author, ServerFrame.newBuilder().setTyping(TypingNotice.newBuilder()
                .setConversationId(conversation.id().toString()).setAuthorKind(Frames.authorKind(author))
                .setAuthorId(author.id() == null ? "" : author.id()).setTyping(typing)).build());
    }

    @Override
    public void read(ConversationView conversation, Author author, long sequence) {
        relay(conversation, author, ServerFrame.newBuilder().setRead(ReadReceipt.newBuilder()
                .setConversationId(conversation.id().toString()).setAuthorKind(Frames.authorKind(author))
                .setAuthorId(author.id() == null ? "" : author.id()).setSequence(sequence)).build());
    }

    private void relay(ConversationView conversation, Author author, ServerFrame notice) {
        try {
            var frame = new SharedFrame(notice);
            boolean fromAgent = author.kind() == AuthorKind.AGENT;
            if (fromAgent) {
                registry.ofVisitor(conversation.visitorId()).forEach(c -> feed.push(c, frame));
            }
            for (Connection c : registry.agentsOf(conversation.workspaceId())) {
                if (!(fromAgent && c.actor().author().equals(author))) {
                    feed.push(c, frame);
                }
            }
        } catch (RuntimeException e) {
            log.debug("Could not relay a signal of conversation {}", conversation.id(), e);
        }
    }
}
