package io.parley.gateway.adapter.websocket;

import static io.parley.gateway.adapter.websocket.GatewayTestApplication.OTHER;
import static io.parley.gateway.adapter.websocket.GatewayTestApplication.WORKSPACE;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.agent.AgentPresence;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the gateway tells visitors' widgets: whether an agent of the workspace is connected. */
class AgentPresenceTests extends EndpointTestSupport {

    @Autowired
    AgentPresence presence;

    @Test
    void anAgentIsOnlineWhileTheirConsoleIsConnectedAndOnlyInTheirWorkspace() throws Exception {
        // other tests' agents may still be closing
        assertThat(eventually(() -> !presence.anyAgentOnline(WORKSPACE))).isTrue();
        var ann = TestClient.agent(port, "ann-token");
        assertThat(eventually(() -> presence.anyAgentOnline(WORKSPACE))).isTrue();
        assertThat(presence.anyAgentOnline(OTHER)).isFalse();

        ann.close();
        assertThat(eventually(() -> !presence.anyAgentOnline(WORKSPACE))).isTrue();
    }

    @Test
    void aVisitorConnectionDoesNotCountAsSomeoneWhoCanAnswer() throws Exception {
        assertThat(eventually(() -> !presence.anyAgentOnline(WORKSPACE))).isTrue();
        try (var vera = TestClient.visitor(port, "vera-token", "parley.v1.json")) {
            assertThat(presence.anyAgentOnline(WORKSPACE)).isFalse();
        }
    }

    private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }
}
