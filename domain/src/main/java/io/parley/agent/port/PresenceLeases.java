package io.parley.agent.port;

import io.parley.agent.model.NodeId;
import io.parley.agent.model.PresenceRecord;
import io.parley.shared.AgentId;
import io.parley.shared.WorkspaceId;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Presence shared by the nodes of a cluster: each node holds a lease per agent connected to it, renews its leases
 * while it runs and releases them when the agent leaves. A node that dies without releasing leaves leases that
 * expire. Expiry is measured on the store's clock, so nodes' clocks need not agree.
 */
@SecondaryPort
public interface PresenceLeases {

    /** Holds the agent's presence for the node, replacing what it held for them, for {@code lease} from now. */
    void hold(NodeId node, PresenceRecord record, Duration lease);

    void release(NodeId node, AgentId agent);

    /** Extends every lease of the node by {@code lease} from now; answers how many it holds. */
    int renew(NodeId node, Duration lease);

    /** Releases the node's leases of agents not in {@code kept}. */
    void releaseAllBut(NodeId node, Collection<AgentId> kept);

    /** The unexpired leases of every node but {@code except}, in every workspace. */
    List<PresenceRecord> heldByOthers(NodeId except);

    /** The unexpired leases of the workspace's agents held by every node but {@code except}. */
    List<PresenceRecord> heldByOthers(NodeId except, WorkspaceId workspace);

    /** Deletes expired leases; answers how many. */
    int purgeExpired();
}
