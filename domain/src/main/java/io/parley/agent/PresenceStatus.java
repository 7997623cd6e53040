package io.parley.agent;

/**
 * What an agent tells colleagues: online, away (a hint: they still answer), or offline. An agent with no console
 * connected anywhere in the cluster is offline whatever they announced last.
 */
public enum PresenceStatus {
    ONLINE, AWAY, OFFLINE;

    /** Whether an agent in this state would answer a visitor: online or away, not offline. */
    public boolean answers() {
        return this != OFFLINE;
    }
}
