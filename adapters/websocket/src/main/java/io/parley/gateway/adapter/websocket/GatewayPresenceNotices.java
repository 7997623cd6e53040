package io.parley.gateway.adapter.websocket;

import io.parley.agent.PresenceNotifications;
import io.parley.agent.PresenceStatus;
import io.parley.gateway.protocol.PresenceNotice;
import io.parley.gateway.protocol.ServerFrame;
import io.parley.shared.AgentId;
import io.parley.shared.WorkspaceId;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Pushes an agent's presence, changed on this node or another, to the workspace's agent connections here. */
@SecondaryAdapter
@Component
class GatewayPresenceNotices implements PresenceNotifications {

    private final ConnectionRegistry registry;
    private final ConversationFeed feed;

    GatewayPresenceNotices(ConnectionRegistry registry, ConversationFeed feed) {
        this.registry = registry;
        this.feed = feed;
    }

    @Override
    public void presenceChanged(WorkspaceId workspace, AgentId agent, PresenceStatus status, @Nullable String except) {
        var frame = new SharedFrame(ServerFrame.newBuilder().setPresence(PresenceNotice.newBuilder()
                .setAgentId(agent.toString()).setStatus(wire(status))).build());
        for (Connection connection : registry.agentsOf(workspace)) {
            if (!connection.id().equals(except)) {
                feed.push(connection, frame);
            }
        }
    }

    static io.parley.gateway.protocol.PresenceStatus wire(PresenceStatus status) {
        return switch (status) {
            case ONLINE -> io.parley.gateway.protocol.PresenceStatus.PRESENCE_STATUS_ONLINE;
            case AWAY -> io.parley.gateway.protocol.PresenceStatus.PRESENCE_STATUS_AWAY;
            case OFFLINE -> io.parley.gateway.protocol.PresenceStatus.PRESENCE_STATUS_OFFLINE;
        };
    }
}
