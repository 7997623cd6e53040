package io.parley.gateway.adapter.websocket;

import io.parley.agent.AgentAuthentication;
import io.parley.agent.ConsoleConnections;
import io.parley.conversation.Actor;
import io.parley.gateway.protocol.Authenticate;
import io.parley.gateway.protocol.Authenticated;
import io.parley.gateway.protocol.Role;
import io.parley.gateway.protocol.ServerFrame;
import io.parley.visitor.VisitorSessions;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;

/** The first frame: a token of an agent or a visitor, then the page's origin against the workspace's. */
@Component
class Authenticator {

    private static final Logger log = LoggerFactory.getLogger(Authenticator.class);

    private final AgentAuthentication agents;
    private final VisitorSessions visitors;
    private final OriginPolicy origins;
    private final ConnectionRegistry registry;
    private final ConsoleConnections consoles;
    private final GatewayProperties properties;
    private final Clock clock;

    Authenticator(AgentAuthentication agents, VisitorSessions visitors, OriginPolicy origins,
                  ConnectionRegistry registry, ConsoleConnections consoles, GatewayProperties properties, Clock clock) {
        this.agents = agents;
        this.visitors = visitors;
        this.origins = origins;
        this.registry = registry;
        this.consoles = consoles;
        this.properties = properties;
        this.clock = clock;
    }

    void authenticate(Connection connection, String requestId, Authenticate credential) {
        if (!connection.authenticationBegun()) {
            return;
        }
        try {
            check(connection, requestId, credential);
        } catch (RuntimeException e) {
            // answered with server.error: the client may send Authenticate again, within the auth timeout
            connection.authenticationAbandoned();
            throw e;
        }
    }

    private void check(Connection connection, String requestId, Authenticate credential) {
        Optional<Actor> found = switch (credential.getCredentialCase()) {
            case AGENT_TOKEN -> agents.authenticate(credential.getAgentToken())
                    .map(a -> new Actor.Agent(a.workspaceId(), a.agentId(), a.role()));
            case VISITOR_TOKEN -> visitors.authenticate(credential.getVisitorToken())
                    .map(v -> new Actor.Visitor(v.workspaceId(), v.inboxId(), v.visitorId()));
            case CREDENTIAL_NOT_SET -> Optional.empty();
        };
        if (found.isEmpty()) {
            log.debug("Connection {} presented an invalid or expired {}", connection.id(),
                    credential.getCredentialCase());
            connection.fail(requestId, "auth.invalid-token",
                    "the token is invalid or expired; sign in again (agents) or start a new widget session (visitors)",
                    CloseStatus.POLICY_VIOLATION);
            return;
        }
        Actor actor = found.get();
        if (!origins.admits(actor, connection.handshake())) {
            log.info("Connection {} refused: origin {} is not allowed for workspace {}", connection.id(),
                    connection.handshake().origin(), actor.workspaceId());
            connection.fail(requestId, "auth.origin-refused", "pages from " + connection.handshake().origin()
                    + " may not connect to this workspace; an administrator can add the origin to its allowed "
                    + "origins", CloseStatus.POLICY_VIOLATION);
            return;
        }
        String agentToken = actor instanceof Actor.Agent ? credential.getAgentToken() : null;
        if (!connection.authenticateAs(actor, credential.getBinaryIds(), agentToken)) {
            return;
        }
        // reachable for pushes before the client hears it is authenticated, yet with Authenticated the first frame
        var reply = ServerFrame.newBuilder().setRequestId(requestId)
                .setAuthenticated(authenticated(actor, connection.binaryIds())).build();
        connection.lane().runInTurn(() -> {
            boolean reachable;
            // under the connection's lock, as closing is: a close either comes first, or is reported after this
            synchronized (connection) {
                reachable = registry.authenticated(connection);
                if (reachable && actor instanceof Actor.Agent agent) {
                    consoles.opened(SignalFrames.console(connection, agent));
                }
            }
            if (reachable) {
                connection.send(reply);
            }
        });
        log.debug("Connection {} authenticated as {} {}", connection.id(), actor.author().kind(), actor.author().id());
    }

    private Authenticated authenticated(Actor actor, boolean binaryIds) {
        boolean agent = actor instanceof Actor.Agent;
        return Authenticated.newBuilder()
                .setRole(agent ? Role.ROLE_AGENT : Role.ROLE_VISITOR)
                .setWorkspaceId(actor.workspaceId().toString())
                .setParticipantId(String.valueOf(actor.author().id()))
                .setServerTimeMs(clock.millis())
                .setMaxFrameBytes(properties.maxFrameBytes())
                .setHeartbeatIntervalMs(Math.toIntExact(properties.heartbeatInterval().toMillis()))
                .setMaxMessagesPerSecond(properties.maxMessagesPerSecond())
                .setBinaryIds(binaryIds)
                .build();
    }
}
