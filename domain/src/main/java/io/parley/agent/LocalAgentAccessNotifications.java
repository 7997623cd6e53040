package io.parley.agent;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The access notifications of this node alone: its own connections. Implemented by the real-time gateway; a cluster
 * bus wraps it as the {@link AgentAccessNotifications} everyone else calls, and hands it the other nodes' changes.
 */
@SecondaryPort
public interface LocalAgentAccessNotifications extends AgentAccessNotifications {}
