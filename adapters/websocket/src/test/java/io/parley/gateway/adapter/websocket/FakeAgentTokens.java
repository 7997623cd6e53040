package io.parley.gateway.adapter.websocket;

import io.parley.agent.AuthenticatedAgent;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** AgentAuthentication's token check in memory: tests issue tokens, revoke them and change an agent's role. */
public class FakeAgentTokens {

    private final Map<String, AuthenticatedAgent> tokens = new ConcurrentHashMap<>();

    FakeAgentTokens(Map<String, AuthenticatedAgent> initial) {
        tokens.putAll(initial);
    }

    public Optional<AuthenticatedAgent> authenticate(String token) {
        return Optional.ofNullable(tokens.get(token));
    }

    String issue(AuthenticatedAgent agent) {
        String token = "token-" + UUID.randomUUID();
        tokens.put(token, agent);
        return token;
    }

    void revoke(String token) {
        tokens.remove(token);
    }

    void changeRole(String token, io.parley.agent.Role role) {
        tokens.computeIfPresent(token, (t, a) -> new AuthenticatedAgent(a.agentId(), a.workspaceId(), role,
                a.displayName()));
    }
}
