package io.parley.conversation.adapter.redis;

import io.parley.conversation.BotDraftPiece;
import io.parley.conversation.ConversationNotifications;
import io.parley.conversation.ConversationView;
import io.parley.conversation.LocalConversationNotifications;
import io.parley.conversation.MessageView;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * The notifications of a cluster node: this node's connections first, then the other nodes through the stream.
 * Called in commit order per conversation, and the stream keeps that order. Bot drafts stay on this node: they are
 * best effort, and the stored answer reaches every node.
 */
@SecondaryAdapter
final class ClusterNotifications implements ConversationNotifications {

    private final LocalConversationNotifications local;
    private final StreamPublisher publisher;

    ClusterNotifications(LocalConversationNotifications local, StreamPublisher publisher) {
        this.local = local;
        this.publisher = publisher;
    }

    @Override
    public void messagePosted(WorkspaceId workspace, VisitorId visitor, MessageView message) {
        local.messagePosted(workspace, visitor, message);
        publisher.publish(new ClusterEvent.MessagePosted(workspace, visitor, message));
    }

    @Override
    public void conversationChanged(ConversationView conversation) {
        local.conversationChanged(conversation);
        publisher.publish(new ClusterEvent.ConversationChanged(conversation));
    }

    @Override
    public void botDrafted(BotDraftPiece piece) {
        local.botDrafted(piece);
    }
}
