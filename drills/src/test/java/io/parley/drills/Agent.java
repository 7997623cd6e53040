package io.parley.drills;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * An agent's connection: receives every message of the workspace, resumes the drill's conversations after each
 * reconnect, and notes when each message first reached it live (for recovery times).
 */
final class Agent extends DrillClient {

    private final Set<String> conversations = ConcurrentHashMap.newKeySet();
    /** Client message id → when it first arrived live (ms). */
    final Map<String, Long> liveAt = new ConcurrentHashMap<>();

    Agent(String name, Supplier<ParleyProcess> node, String token, int receiveBuffer) {
        super(name, node, token, true, receiveBuffer);
    }

    void watch(String conversation) {
        conversations.add(conversation);
    }

    @Override
    void onAuthenticated(Session s) {
        resumeAll(s, conversations);
    }

    @Override
    void onMessage(JsonNode message, boolean replay) {
        if (replay) {
            return;
        }
        liveAt.putIfAbsent(message.path("clientMessageId").asString(), System.currentTimeMillis());
    }

    boolean catchUp(long timeoutMs) {
        return catchUp(Set.copyOf(conversations), timeoutMs);
    }
}
