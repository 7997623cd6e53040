package io.parley.gateway.adapter.websocket;

import io.parley.conversation.Actor;
import io.parley.gateway.adapter.websocket.GatewayMetrics.Role;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** The open connections of this node, found by visitor and by workspace (for its agents). */
@Component
class ConnectionRegistry {

    private final Map<Connection, Role> roles = new ConcurrentHashMap<>();
    private final Map<VisitorId, Set<Connection>> visitors = new ConcurrentHashMap<>();
    private final Map<WorkspaceId, Set<Connection>> agents = new ConcurrentHashMap<>();
    private final Map<Role, AtomicInteger> counts = new EnumMap<>(Role.class);

    ConnectionRegistry() {
        for (Role role : Role.values()) {
            counts.put(role, new AtomicInteger());
        }
    }

    void opened(Connection connection) {
        roles.put(connection, Role.UNAUTHENTICATED);
        counts.get(Role.UNAUTHENTICATED).incrementAndGet();
    }

    /** Makes an authenticated connection reachable for pushes; false if it closed meanwhile. */
    boolean authenticated(Connection connection) {
        Actor actor = connection.actor();
        Role role = actor instanceof Actor.Agent ? Role.AGENT : Role.VISITOR;
        synchronized (connection) {
            if (!roles.replace(connection, Role.UNAUTHENTICATED, role)) {
                return false;
            }
            counts.get(Role.UNAUTHENTICATED).decrementAndGet();
            counts.get(role).incrementAndGet();
            switch (actor) {
                case Actor.Visitor v -> add(visitors, v.visitorId(), connection);
                case Actor.Agent a -> add(agents, a.workspaceId(), connection);
                default -> throw new IllegalStateException("only visitors and agents connect");
            }
        }
        return true;
    }

    void closed(Connection connection) {
        synchronized (connection) {
            Role role = roles.remove(connection);
            if (role == null) {
                return;
            }
            counts.get(role).decrementAndGet();
            if (role == Role.VISITOR && connection.actor() instanceof Actor.Visitor v) {
                remove(visitors, v.visitorId(), connection);
            } else if (role == Role.AGENT) {
                remove(agents, connection.actor().workspaceId(), connection);
            }
        }
    }

    Collection<Connection> all() {
        return roles.keySet();
    }

    Collection<Connection> ofVisitor(VisitorId visitor) {
        return visitors.getOrDefault(visitor, Set.of());
    }

    Collection<Connection> agentsOf(WorkspaceId workspace) {
        return agents.getOrDefault(workspace, Set.of());
    }

    Set<WorkspaceId> workspacesWithAgents() {
        return agents.keySet();
    }

    Optional<WorkspaceId> workspaceOfVisitor(VisitorId visitor) {
        return ofVisitor(visitor).stream().findAny().map(c -> c.actor().workspaceId());
    }

    int count(Role role) {
        return counts.get(role).get();
    }

    /*
     * The sets are immutable and replaced under the map's per-key lock: most keys have one connection (a visitor's
     * tab), and an immutable one-element set costs a fraction of a concurrent set; readers iterate a snapshot.
     */
    private static <K> void add(Map<K, Set<Connection>> index, K key, Connection connection) {
        index.compute(key, (k, set) -> {
            if (set == null) {
                return Set.of(connection);
            }
            var connections = new ArrayList<Connection>(set.size() + 1);
            connections.addAll(set);
            connections.add(connection);
            return Set.copyOf(connections);
        });
    }

    private static <K> void remove(Map<K, Set<Connection>> index, K key, Connection connection) {
        index.computeIfPresent(key, (k, set) -> {
            var rest = new ArrayList<Connection>(set);
            rest.remove(connection);
            return rest.isEmpty() ? null : Set.copyOf(rest);
        });
    }
}
