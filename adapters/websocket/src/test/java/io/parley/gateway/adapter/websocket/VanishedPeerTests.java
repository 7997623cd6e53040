package io.parley.gateway.adapter.websocket;

import static io.parley.gateway.adapter.websocket.GatewayTestApplication.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A client whose network vanished (no FIN) is found by pinging it after a silent second and hearing no pong within
 * another, then dropped and no longer counted, long before the idle timeout (60 s here). A quiet client that answers
 * pings stays.
 */
class VanishedPeerTests extends StrainedEndpointTestSupport {

    @Autowired
    FakeConsoleConnections consoles;

    @Test
    void dropsAndUncountsAConnectionWhosePeerVanishedLongBeforeTheIdleTimeout() throws Exception {
        double goneBefore = closes("peer-gone");
        try (var proxy = new BlackHoleProxy(port);
             var carl = TestClient.agent(proxy.port(), "carl-token")) {
            awaitAgentsOf(OTHER, 1, Duration.ofSeconds(10));
            assertThat(consoles.answers(OTHER)).as("Carl is online").isTrue();
            proxy.blackHole();

            awaitAgentsOf(OTHER, 0, Duration.ofSeconds(15));
            assertThat(closes("peer-gone")).isEqualTo(goneBefore + 1);
            eventually(() -> assertThat(gauge("agent")).as("no agent connection counted: Carl's was the only one")
                    .isZero());
            eventually(() -> assertThat(consoles.answers(OTHER)).as("Carl is offline once his socket is gone")
                    .isFalse());
        }
    }

    @Test
    void keepsAQuietClientThatAnswersPings() throws Exception {
        try (var carl = TestClient.agent(port, "carl-token")) {
            awaitAgentsOf(OTHER, 1, Duration.ofSeconds(10));
            Connection connection = registry.agentsOf(OTHER).iterator().next();
            eventually(() -> assertThat(connection.pingedAt()).isNotZero());
            long firstPing = connection.pingedAt();
            // a second ping follows only a pong to the first, a silent second after it
            eventually(() -> assertThat(connection.pingedAt()).isGreaterThan(firstPing));
            assertThat(connection.closing()).isFalse();
            assertThat(registry.agentsOf(OTHER)).containsExactly(connection);
        }
    }
}
