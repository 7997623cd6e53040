package io.parley.gateway.adapter.websocket;

import static io.parley.gateway.adapter.websocket.GatewayTestApplication.OTHER;
import static io.parley.gateway.adapter.websocket.GatewayTestApplication.WORKSPACE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The gateway reports agents' consoles as they connect and disconnect; visitors are not reported. */
class AgentPresenceTests extends EndpointTestSupport {

    @Autowired
    FakeConsoleConnections presence;

    @Test
    void anAgentIsReportedWhileTheirConsoleIsConnectedAndOnlyInTheirWorkspace() throws Exception {
        // other tests' agents may still be closing
        assertThat(eventually(() -> !presence.answers(WORKSPACE))).isTrue();
        var ann = TestClient.agent(port, "ann-token");
        assertThat(eventually(() -> presence.answers(WORKSPACE))).isTrue();
        assertThat(presence.answers(OTHER)).isFalse();

        ann.close();
        assertThat(eventually(() -> !presence.answers(WORKSPACE))).isTrue();
    }

    @Test
    void aVisitorConnectionDoesNotCountAsSomeoneWhoCanAnswer() throws Exception {
        assertThat(eventually(() -> !presence.answers(WORKSPACE))).isTrue();
        try (var vera = TestClient.visitor(port, "vera-token", "parley.v1.json")) {
            assertThat(presence.answers(WORKSPACE)).isFalse();
        }
    }

    private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }
}
