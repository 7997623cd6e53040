package io.parley.agent;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * The real-time gateway reports agents' console connections on this node, and what they announce. The calls only
 * record and queue: they never wait for the database, so the gateway's threads do not either.
 */
@PrimaryPort
public interface ConsoleConnections {

    /** An agent's console authenticated; an agent with no other connection on this node is then online here. */
    void opened(ConsoleConnection connection);

    void announced(ConsoleConnection connection, PresenceStatus status);

    void closed(ConsoleConnection connection);
}
