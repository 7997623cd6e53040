package io.parley.gateway.adapter.websocket;

import io.parley.agent.ConsoleConnection;
import io.parley.agent.ConsoleConnections;
import io.parley.conversation.Actor;
import io.parley.conversation.ConversationMessaging;
import io.parley.conversation.ConversationSignals;
import io.parley.conversation.ConversationView;
import io.parley.gateway.protocol.Heartbeat;
import io.parley.gateway.protocol.HeartbeatAck;
import io.parley.gateway.protocol.ReadUpTo;
import io.parley.gateway.protocol.ServerFrame;
import io.parley.gateway.protocol.SetPresence;
import io.parley.gateway.protocol.Typing;
import io.parley.shared.ConversationId;
import io.parley.shared.DomainException;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Signals that are relayed, never stored: typing, read up to; and heartbeats. Typing and read up to are checked here
 * and handed to {@link ConversationSignals}, which relays them to this node's connections and, in a cluster, to the
 * other nodes': a visitor's go to the workspace's agents; an agent's to the conversation's visitor and the other
 * agents. Presence goes to the agent module, which shares it across the cluster and tells consoles through
 * {@link GatewayPresenceNotices}.
 */
@Component
class SignalFrames {

    private final ConversationMessaging messaging;
    private final ConversationSignals signals;
    private final ConsoleConnections consoles;
    private final Clock clock;

    SignalFrames(ConversationMessaging messaging, ConversationSignals signals, ConsoleConnections consoles,
                 Clock clock) {
        this.messaging = messaging;
        this.signals = signals;
        this.consoles = consoles;
        this.clock = clock;
    }

    void typing(Connection from, Typing typing) {
        ConversationView conversation = visible(from, typing.getConversationId());
        signals.typing(conversation, from.actor().author(), typing.getTyping());
    }

    void read(Connection from, ReadUpTo read) {
        if (read.getSequence() < 1) {
            throw DomainException.invalid("history.invalid-range", "sequences start at 1");
        }
        ConversationView conversation = visible(from, read.getConversationId());
        signals.read(conversation, from.actor().author(), read.getSequence());
    }

    void presence(Connection from, SetPresence presence) {
        if (!(from.actor() instanceof Actor.Agent agent)) {
            throw DomainException.forbidden("frame.not-allowed", "only agents announce presence");
        }
        io.parley.agent.PresenceStatus status = switch (presence.getStatus()) {
            case PRESENCE_STATUS_ONLINE -> io.parley.agent.PresenceStatus.ONLINE;
            case PRESENCE_STATUS_AWAY -> io.parley.agent.PresenceStatus.AWAY;
            case PRESENCE_STATUS_OFFLINE -> io.parley.agent.PresenceStatus.OFFLINE;
            case PRESENCE_STATUS_UNSPECIFIED, UNRECOGNIZED -> throw DomainException.invalid("presence.invalid-status",
                    "status must be PRESENCE_STATUS_ONLINE, PRESENCE_STATUS_AWAY or PRESENCE_STATUS_OFFLINE");
        };
        consoles.announced(console(from, agent), status);
    }

    void heartbeat(Connection from, String requestId, Heartbeat heartbeat) {
        from.send(ServerFrame.newBuilder().setRequestId(requestId).setHeartbeat(HeartbeatAck.newBuilder()
                .setClientTimeMs(heartbeat.getClientTimeMs()).setServerTimeMs(clock.millis())).build());
    }

    /** An agent's connection closed: with their last one anywhere in the cluster, colleagues see them offline. */
    void disconnected(Connection connection) {
        if (connection.actorIfAny() instanceof Actor.Agent agent) {
            consoles.closed(console(connection, agent));
        }
    }

    static ConsoleConnection console(Connection connection, Actor.Agent agent) {
        return new ConsoleConnection(agent.workspaceId(), agent.agentId(), connection.id());
    }

    private ConversationView visible(Connection from, String conversationId) {
        ConversationId id = ConversationId.parse(conversationId);
        return from.visible().check(id, () -> messaging.get(from.actor(), id));
    }
}
