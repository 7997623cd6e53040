package io.parley.agent.model;

import io.parley.agent.ConsoleConnection;
import io.parley.agent.PresenceStatus;
import io.parley.shared.AgentId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One node's view of presence: the agents whose consoles are connected here (known at once) and what the other
 * nodes hold (known as of their last reading). An agent's presence in the cluster is what they announced last on
 * any node; with no node holding them they are offline. The board tells which changes the node's consoles must
 * hear of, each once. Not thread-safe: its owner serialises calls.
 */
public final class PresenceBoard {

    /** A connected agent on this node: their connections here and what they announced here last. */
    private record Local(PresenceRecord record, Set<String> connections) {}

    private record Told(WorkspaceId workspaceId, PresenceStatus status) {}

    /** What this node must store after a local change: a record to hold, or the agent to release. */
    public record LocalOutcome(@Nullable PresenceRecord hold, @Nullable AgentId release,
                               List<PresenceChange> changes) {}

    private final Map<AgentId, Local> local = new HashMap<>();
    private Map<AgentId, List<PresenceRecord>> remote = new HashMap<>();
    /** The presence this node's consoles were last told of, per agent; absent means offline. */
    private final Map<AgentId, Told> told = new HashMap<>();

    /** A console connected: the agent's first connection here makes them online here. */
    public LocalOutcome opened(ConsoleConnection connection, Instant now) {
        Local here = local.get(connection.agentId());
        if (here != null) {
            here.connections().add(connection.connectionId());
            return new LocalOutcome(null, null, List.of());
        }
        var record = new PresenceRecord(connection.workspaceId(), connection.agentId(), PresenceStatus.ONLINE, now);
        local.put(connection.agentId(), new Local(record, new HashSet<>(Set.of(connection.connectionId()))));
        return new LocalOutcome(record, null, recompute(connection.agentId(), connection.connectionId()));
    }

    public LocalOutcome announced(ConsoleConnection connection, PresenceStatus status, Instant now) {
        Local here = local.get(connection.agentId());
        Set<String> connections = here == null ? new HashSet<>() : here.connections();
        connections.add(connection.connectionId());
        var record = new PresenceRecord(connection.workspaceId(), connection.agentId(), status, now);
        local.put(connection.agentId(), new Local(record, connections));
        return new LocalOutcome(record, null, recompute(connection.agentId(), connection.connectionId()));
    }

    /** A console disconnected: with the agent's last connection here gone, this node releases them. */
    public LocalOutcome closed(ConsoleConnection connection) {
        Local here = local.get(connection.agentId());
        if (here == null || !here.connections().remove(connection.connectionId()) || !here.connections().isEmpty()) {
            return new LocalOutcome(null, null, List.of());
        }
        local.remove(connection.agentId());
        return new LocalOutcome(null, connection.agentId(), recompute(connection.agentId(), null));
    }

    /** What the other nodes hold now, as just read; answers the changes this reading reveals. */
    public List<PresenceChange> othersHold(Collection<PresenceRecord> records) {
        Map<AgentId, List<PresenceRecord>> fresh = new HashMap<>();
        for (PresenceRecord record : records) {
            fresh.computeIfAbsent(record.agentId(), agent -> new ArrayList<>()).add(record);
        }
        Set<AgentId> affected = new LinkedHashSet<>(remote.keySet());
        affected.addAll(fresh.keySet());
        remote = fresh;
        List<PresenceChange> changes = new ArrayList<>();
        for (AgentId agent : affected) {
            changes.addAll(recompute(agent, null));
        }
        return changes;
    }

    /** What this node holds, to store again when its records were lost. */
    public List<PresenceRecord> heldHere() {
        return local.values().stream().map(Local::record).toList();
    }

    /** Whether an agent of the workspace connected to this node would answer. */
    public boolean answersHere(WorkspaceId workspace) {
        return local.values().stream().map(Local::record)
                .anyMatch(r -> r.workspaceId().equals(workspace) && r.status().answers());
    }

    /** The workspace's agents held here, with what they announced here. */
    public List<PresenceRecord> heldHere(WorkspaceId workspace) {
        return heldHere().stream().filter(r -> r.workspaceId().equals(workspace)).toList();
    }

    /** An agent's presence from the records of every node holding them: the latest announcement wins. */
    public static PresenceStatus effective(Collection<PresenceRecord> records) {
        return records.stream()
                .max(Comparator.comparing(PresenceRecord::changedAt)
                        .thenComparing(r -> r.status().answers())
                        .thenComparing(r -> r.status() == PresenceStatus.ONLINE))
                .map(PresenceRecord::status).orElse(PresenceStatus.OFFLINE);
    }

    /** Each agent's presence from the records of the nodes holding them. */
    public static Map<AgentId, PresenceStatus> effectiveByAgent(Collection<PresenceRecord> records) {
        Map<AgentId, List<PresenceRecord>> byAgent = new HashMap<>();
        records.forEach(r -> byAgent.computeIfAbsent(r.agentId(), agent -> new ArrayList<>()).add(r));
        Map<AgentId, PresenceStatus> effective = new HashMap<>();
        byAgent.forEach((agent, held) -> effective.put(agent, effective(held)));
        return effective;
    }

    private List<PresenceChange> recompute(AgentId agent, @Nullable String except) {
        List<PresenceRecord> records = new ArrayList<>(remote.getOrDefault(agent, List.of()));
        Local here = local.get(agent);
        if (here != null) {
            records.add(here.record());
        }
        PresenceStatus now = effective(records);
        Told before = told.get(agent);
        if (now == (before == null ? PresenceStatus.OFFLINE : before.status())) {
            return List.of();
        }
        // an agent going offline has no record left; the workspace is the one they were told of in
        WorkspaceId workspace = records.isEmpty() ? before.workspaceId() : records.getFirst().workspaceId();
        if (now == PresenceStatus.OFFLINE) {
            told.remove(agent);
        } else {
            told.put(agent, new Told(workspace, now));
        }
        return List.of(new PresenceChange(workspace, agent, now, except));
    }
}
