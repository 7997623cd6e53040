package io.parley.gateway.adapter.websocket;

import static io.parley.gateway.adapter.websocket.GatewayTestApplication.WORKSPACE;
import static io.parley.gateway.protocol.ServerFrame.FrameCase.ACK;
import static io.parley.gateway.protocol.ServerFrame.FrameCase.ERROR;
import static io.parley.gateway.protocol.ServerFrame.FrameCase.HEARTBEAT;
import static io.parley.gateway.protocol.ServerFrame.FrameCase.MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.agent.AuthenticatedAgent;
import io.parley.agent.LocalAgentAccessNotifications;
import io.parley.agent.Role;
import io.parley.conversation.Actor;
import io.parley.conversation.ConversationView;
import io.parley.shared.AgentId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Agents' open connections follow what their tokens allow now: revoked ones close, a new role applies at once. */
class AgentAccessTests extends EndpointTestSupport {

    @Autowired
    FakeAgentTokens tokens;

    @Autowired
    LocalAgentAccessNotifications access;

    @Test
    void aConnectionWhoseTokenWasRevokedIsClosedWith1008AndGetsNothingMore() throws Exception {
        AgentId dan = AgentId.random();
        String token = tokens.issue(new AuthenticatedAgent(dan, WORKSPACE, Role.AGENT, "Dan"));
        String other = tokens.issue(new AuthenticatedAgent(dan, WORKSPACE, Role.AGENT, "Dan"));
        ConversationView conversation = conversations.start(vera());
        try (var revoked = TestClient.agent(port, token); var stays = TestClient.agent(port, other)) {
            tokens.revoke(token);
            access.accessChanged(WORKSPACE, dan);

            assertError(revoked.next(ERROR), "auth.revoked", true);
            assertThat(revoked.awaitClose()).isEqualTo(1008);
            post(conversation, "after the sign-out");
            assertThat(noFrameOf(revoked, MESSAGE)).as("nothing pushed after the revocation").isTrue();
            assertThat(stays.next(MESSAGE).getMessage().getMessage().getBody())
                    .as("the agent's other sign-in still holds").isEqualTo("after the sign-out");
        }
    }

    @Test
    void aNewRoleAppliesToTheOpenConnection() throws Exception {
        AgentId erin = AgentId.random();
        String token = tokens.issue(new AuthenticatedAgent(erin, WORKSPACE, Role.ADMIN, "Erin"));
        ConversationView conversation = conversations.start(vera());
        try (var client = TestClient.agent(port, token)) {
            tokens.changeRole(token, Role.AGENT);
            access.accessChanged(WORKSPACE, erin);

            eventually(() -> assertThat(roleOf(erin)).isEqualTo(Role.AGENT));
            client.send(send("s-1", conversation.id().toString(), "erin-1", "as an agent now"));
            assertThat(client.next(ACK).getRequestId()).isEqualTo("s-1");
            assertThat(conversations.lastPoster).isEqualTo(new Actor.Agent(WORKSPACE, erin, Role.AGENT));
        }
    }

    @Test
    void theRegularCheckClosesAConnectionWhoseChangeWasNeverAnnounced() {
        String token = tokens.issue(new AuthenticatedAgent(AgentId.random(), WORKSPACE, Role.AGENT, "Finn"));
        try (var client = TestClient.agent(port, token)) {
            client.send(heartbeat("h-1", 1));
            assertThat(client.next(HEARTBEAT).getRequestId()).isEqualTo("h-1");

            tokens.revoke(token);  // as when the notice was lost: only the check every second finds it

            assertError(client.next(ERROR), "auth.revoked", true);
            assertThat(client.awaitClose()).isEqualTo(1008);
        }
    }

    private Role roleOf(AgentId agent) {
        return registry.agentsOf(WORKSPACE).stream()
                .map(Connection::actorIfAny)
                .filter(a -> a instanceof Actor.Agent x && x.agentId().equals(agent))
                .map(a -> ((Actor.Agent) a).role())
                .findFirst().orElseThrow();
    }
}
