package io.parley.agent.application;

import io.parley.agent.AgentJoinedTeam;
import io.parley.agent.AgentPresence;
import io.parley.agent.ConsoleConnection;
import io.parley.agent.ConsoleConnections;
import io.parley.agent.PresenceNotifications;
import io.parley.agent.PresenceStatus;
import io.parley.agent.PresenceView;
import io.parley.agent.model.Agent;
import io.parley.agent.model.NodeId;
import io.parley.agent.model.PresenceBoard;
import io.parley.agent.model.PresenceChange;
import io.parley.agent.model.PresenceRecord;
import io.parley.agent.port.Agents;
import io.parley.agent.port.PresenceLeases;
import io.parley.shared.AgentId;
import io.parley.shared.WorkspaceId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Presence across the cluster, shared through PostgreSQL. This node holds a lease per agent connected to it and
 * writes it when their presence here changes (a console opens first, announces, or closes last): never per frame,
 * and on one worker thread, so that the gateway never waits for the database. The worker renews the node's leases
 * every heartbeat and reads the other nodes' every poll interval; what changed reaches this node's consoles.
 * Polling rather than LISTEN/NOTIFY: the same query notices a node that died (its leases expire, and no one would
 * notify that), it survives lost connections and transaction-mode poolers, and its cost does not grow with the
 * rate of changes.
 */
@Service
class ClusterPresence implements AgentPresence, ConsoleConnections, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClusterPresence.class);

    private final PresenceLeases leases;
    private final PresenceNotifications notifications;
    private final Agents agents;
    private final PresenceProperties properties;
    private final Clock clock;
    private final NodeId node = NodeId.random();
    private final PresenceBoard board = new PresenceBoard();
    private @Nullable ScheduledExecutorService worker;
    private volatile boolean failing;

    ClusterPresence(PresenceLeases leases, PresenceNotifications notifications, Agents agents,
                    PresenceProperties properties, Clock clock) {
        this.leases = leases;
        this.notifications = notifications;
        this.agents = agents;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void opened(ConsoleConnection connection) {
        synchronized (board) {
            apply(board.opened(connection, clock.instant()));
        }
    }

    @Override
    public void announced(ConsoleConnection connection, PresenceStatus status) {
        synchronized (board) {
            apply(board.announced(connection, status, clock.instant()));
        }
    }

    @Override
    public void closed(ConsoleConnection connection) {
        synchronized (board) {
            apply(board.closed(connection));
        }
    }

    @Override
    public boolean anyAgentOnline(WorkspaceId workspace) {
        return PresenceBoard.effectiveByAgent(records(workspace)).values().stream().anyMatch(PresenceStatus::answers);
    }

    @Override
    public List<PresenceView> presenceOf(WorkspaceId workspace) {
        Map<AgentId, PresenceStatus> present = PresenceBoard.effectiveByAgent(records(workspace));
        return agents.findByWorkspace(workspace).stream().filter(Agent::enabled)
                .map(agent -> new PresenceView(agent.getId(), agent.displayName(),
                        AgentAdministrationService.avatarUrl(agent),
                        present.getOrDefault(agent.getId(), PresenceStatus.OFFLINE)))
                .toList();
    }

    /**
     * A colleague consoles do not know yet: their presence (offline, for a new agent) tells the consoles of this node
     * to read the team again, so that the agent can be picked at once. Consoles on other nodes read it again when
     * they next list assignees.
     */
    @TransactionalEventListener
    void joined(AgentJoinedTeam joined) {
        PresenceStatus status = PresenceBoard.effectiveByAgent(records(joined.workspaceId()))
                .getOrDefault(joined.agentId(), PresenceStatus.OFFLINE);
        try {
            notifications.presenceChanged(joined.workspaceId(), joined.agentId(), status, null);
        } catch (RuntimeException e) {
            log.debug("Could not tell consoles of {} joining", joined.agentId(), e);
        }
    }

    /** What this node holds of the workspace, at once, and what the others hold, as the database has it now. */
    private List<PresenceRecord> records(WorkspaceId workspace) {
        List<PresenceRecord> records = new ArrayList<>();
        try {
            records.addAll(leases.heldByOthers(node, workspace));
        } catch (RuntimeException e) {
            log.warn("Could not read other nodes' presence ({}); answering from this node's alone", e.toString());
        }
        synchronized (board) {
            records.addAll(board.heldHere(workspace));
        }
        return records;
    }

    /** Called holding the board's lock: writes are queued, and consoles told, in the order the board changed. */
    private void apply(PresenceBoard.LocalOutcome outcome) {
        PresenceRecord hold = outcome.hold();
        if (hold != null) {
            write(() -> leases.hold(node, hold, properties.lease()));
        }
        var release = outcome.release();
        if (release != null) {
            write(() -> leases.release(node, release));
        }
        tell(outcome.changes());
    }

    private void tell(List<PresenceChange> changes) {
        for (PresenceChange change : changes) {
            try {
                notifications.presenceChanged(change.workspaceId(), change.agentId(), change.status(), change.except());
            } catch (RuntimeException e) {
                log.debug("Could not tell consoles of {}'s presence", change.agentId(), e);
            }
        }
    }

    private void write(Runnable write) {
        ScheduledExecutorService current = worker;
        if (current == null || current.isShutdown()) {
            return; // not started or stopping: the final release or the other nodes' lease expiry covers it
        }
        current.execute(() -> guarded("write", write));
    }

    /** Renews this node's leases; stores them again when some were lost (a database outage outlived them). */
    void heartbeat() {
        List<PresenceRecord> held;
        synchronized (board) {
            held = board.heldHere();
        }
        if (leases.renew(node, properties.lease()) != held.size()) {
            held.forEach(record -> leases.hold(node, record, properties.lease()));
            leases.releaseAllBut(node, held.stream().map(PresenceRecord::agentId).toList());
        }
        leases.purgeExpired();
    }

    void poll() {
        List<PresenceRecord> others = leases.heldByOthers(node);
        synchronized (board) {
            tell(board.othersHold(others));
        }
    }

    private void guarded(String what, Runnable task) {
        try {
            task.run();
            if (failing) {
                failing = false;
                log.info("Presence storage works again");
            }
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                log.warn("Presence {} failed ({}); retrying", what, e.toString());
            }
            log.debug("Presence failure detail", e);
        }
    }

    @Override
    public synchronized void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("parley-presence").daemon().factory());
        long heartbeat = properties.heartbeat().toMillis();
        long poll = properties.pollInterval().toMillis();
        started.scheduleWithFixedDelay(() -> guarded("heartbeat", this::heartbeat), 0, heartbeat, TimeUnit.MILLISECONDS);
        started.scheduleWithFixedDelay(() -> guarded("poll", this::poll), poll, poll, TimeUnit.MILLISECONDS);
        worker = started;
        log.info("Presence: node {} holds leases of {} s, renewed every {} s; reads the others every {} ms", node.value(),
                properties.lease().toSeconds(), properties.heartbeat().toSeconds(), poll);
    }

    /** After the gateway closed its connections (a lower phase stops later): queued writes, then the node's release. */
    @Override
    public synchronized void stop() {
        ScheduledExecutorService stopping = worker;
        if (stopping == null) {
            return;
        }
        stopping.shutdown();
        try {
            stopping.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stopping.shutdownNow();
        worker = null;
        try {
            leases.releaseAllBut(node, List.of());
        } catch (RuntimeException e) {
            log.info("Could not release this node's presence at shutdown ({}); it expires within {} s", e.toString(),
                    properties.lease().toSeconds());
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return worker != null;
    }

    @Override
    public int getPhase() {
        return -100;
    }
}
