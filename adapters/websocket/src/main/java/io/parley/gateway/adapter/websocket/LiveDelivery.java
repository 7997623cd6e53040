package io.parley.gateway.adapter.websocket;

import io.parley.conversation.BotDraftPiece;
import io.parley.conversation.LocalConversationNotifications;
import io.parley.conversation.ConversationView;
import io.parley.conversation.MessageKind;
import io.parley.conversation.MessageView;
import io.parley.gateway.protocol.BotDraft;
import io.parley.gateway.protocol.ConversationUpdated;
import io.parley.gateway.protocol.ServerFrame;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Pushes committed changes to this node's connections: a message to the visitor's connections (never an internal
 * note) and to the workspace's agents; a conversation change to both. Only enqueues on each connection's lane, so
 * the committing thread never waits for a socket, and never throws: the message is stored whatever happens here,
 * and a client that misses a push catches up by resuming.
 */
@SecondaryAdapter
@Component
class LiveDelivery implements LocalConversationNotifications {

    private static final Logger log = LoggerFactory.getLogger(LiveDelivery.class);

    private final ConnectionRegistry registry;
    private final ConversationFeed feed;

    LiveDelivery(ConnectionRegistry registry, ConversationFeed feed) {
        this.registry = registry;
        this.feed = feed;
    }

    @Override
    public void messagePosted(WorkspaceId workspace, VisitorId visitor, MessageView message) {
        try {
            var frame = new SharedFrame(Frames.delivered(message, false));
            boolean note = message.kind() == MessageKind.NOTE;
            // the visitor's copy lacks the author's profile when the inbox hides who answers
            MessageView visitors = message.forVisitors();
            var visitorFrame = visitors == message ? frame : new SharedFrame(Frames.delivered(visitors, false));
            for (Connection connection : registry.ofVisitor(visitor)) {
                if (note) {
                    feed.hidden(connection, message);
                } else {
                    feed.live(connection, visitors, visitorFrame);
                }
            }
            registry.agentsOf(workspace).forEach(connection -> feed.live(connection, message, frame));
        } catch (RuntimeException e) {
            log.warn("Could not push message {} of conversation {} ({}); clients catch up by resuming",
                    message.id(), message.conversationId(), e.getClass().getName());
            log.debug("Failure detail", e);
        }
    }

    @Override
    public void conversationChanged(ConversationView conversation) {
        try {
            var frame = new SharedFrame(ServerFrame.newBuilder().setConversationUpdated(ConversationUpdated
                    .newBuilder().setConversation(Frames.conversation(conversation))).build());
            registry.ofVisitor(conversation.visitorId()).forEach(connection -> feed.push(connection, frame));
            registry.agentsOf(conversation.workspaceId()).forEach(connection -> feed.push(connection, frame));
        } catch (RuntimeException e) {
            log.warn("Could not push the change of conversation {} ({})", conversation.id(), e.getClass().getName());
            log.debug("Failure detail", e);
        }
    }

    @Override
    public void botDrafted(BotDraftPiece piece) {
        try {
            var frame = new SharedFrame(ServerFrame.newBuilder().setBotDraft(BotDraft.newBuilder()
                    .setConversationId(piece.conversationId().toString()).setDraftId(piece.draftId())
                    .setTextDelta(piece.textDelta()).setRestart(piece.restart()).setDone(piece.done())).build());
            registry.ofVisitor(piece.visitorId()).forEach(connection -> feed.push(connection, frame));
            registry.agentsOf(piece.workspaceId()).forEach(connection -> feed.push(connection, frame));
        } catch (RuntimeException e) {
            log.debug("Could not push a draft piece of conversation {}", piece.conversationId(), e);
        }
    }
}
