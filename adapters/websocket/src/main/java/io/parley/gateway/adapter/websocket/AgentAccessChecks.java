package io.parley.gateway.adapter.websocket;

import io.parley.agent.AgentAuthentication;
import io.parley.agent.AuthenticatedAgent;
import io.parley.conversation.Actor;
import io.parley.shared.AgentId;
import io.parley.shared.WorkspaceId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;

/**
 * Keeps agents' open connections to what their tokens allow now. When an agent's access changes, on this node or
 * another (signed out, disabled, new password, new role; told through {@link AgentAccessNotices}), each of their
 * connections here has its token checked again
 * against what is stored: one that no longer holds is closed with {@code auth.revoked} (1008) and gets nothing more;
 * the others act with the agent's current role from then on. Every {@code recheck-interval} all agent connections are
 * checked the same way, for a notice that was lost and for tokens that expired. Checks run off the caller's thread:
 * the notifying thread (a request, the cluster bus reader) never waits for the database.
 */
@Component
@EnableConfigurationProperties(AgentAccessProperties.class)
class AgentAccessChecks implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AgentAccessChecks.class);

    private final ConnectionRegistry registry;
    private final AgentAuthentication agents;
    private final AgentAccessProperties properties;
    private @Nullable ScheduledExecutorService timer;

    AgentAccessChecks(ConnectionRegistry registry, AgentAuthentication agents, AgentAccessProperties properties) {
        this.registry = registry;
        this.agents = agents;
        this.properties = properties;
    }

    /** Checks the agent's connections on this node, on a thread of its own. */
    void accessChanged(WorkspaceId workspace, AgentId agent) {
        List<Connection> theirs = new ArrayList<>();
        for (Connection connection : registry.agentsOf(workspace)) {
            if (connection.actorIfAny() instanceof Actor.Agent a && a.agentId().equals(agent)) {
                theirs.add(connection);
            }
        }
        if (!theirs.isEmpty()) {
            Thread.ofVirtual().name("parley-ws-access").start(() -> recheck(theirs));
        }
    }

    /** Checks every agent connection of this node, each distinct token once. */
    void sweep() {
        List<Connection> all = new ArrayList<>();
        for (Connection connection : registry.all()) {
            if (connection.actorIfAny() instanceof Actor.Agent) {
                all.add(connection);
            }
        }
        recheck(all);
    }

    private void recheck(List<Connection> connections) {
        Map<String, Optional<AuthenticatedAgent>> checked = new HashMap<>();
        int failed = 0;
        for (Connection connection : connections) {
            try {
                String token = connection.agentToken();
                if (token == null || connection.closing()
                        || !(connection.actorIfAny() instanceof Actor.Agent current)) {
                    continue;
                }
                apply(connection, current, checked.computeIfAbsent(token, agents::authenticate));
            } catch (RuntimeException e) {
                // the database may be down: the connection stays, and the next check decides
                if (failed++ == 0) {
                    log.debug("Failure detail", e);
                }
            }
        }
        if (failed > 0) {
            log.warn("Could not check the access of {} agent connection(s); they stay open until the next check",
                    failed);
        }
    }

    private static void apply(Connection connection, Actor.Agent current, Optional<AuthenticatedAgent> now) {
        if (now.isEmpty() || !now.get().agentId().equals(current.agentId())) {
            log.info("Connection {} of agent {} closed: its token no longer holds", connection.id(),
                    current.agentId());
            connection.fail("", "auth.revoked", "this sign-in no longer holds (signed out, expired, account disabled "
                    + "or password changed); sign in again", CloseStatus.POLICY_VIOLATION);
        } else if (now.get().role() != current.role()) {
            log.debug("Connection {} of agent {} now acts as {}", connection.id(), current.agentId(),
                    now.get().role());
            connection.actAs(new Actor.Agent(current.workspaceId(), current.agentId(), now.get().role()));
        }
    }

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("parley-ws-access").daemon().factory());
        long every = properties.recheckInterval().toMillis();
        timer.scheduleWithFixedDelay(this::sweepSafely, every, every, TimeUnit.MILLISECONDS);
    }

    private void sweepSafely() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.warn("The sweep of agents' access failed", e);
        }
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }
}
